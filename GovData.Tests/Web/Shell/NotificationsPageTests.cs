using Bunit;
using GovData.Tests.Workflows.Dashboard;
using GovData.Web.Components.Pages.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Shell;

public sealed class NotificationsPageTests : ShellTestContext
{
    [Fact]
    public void NoNotifications_SaysWhatWillAppearHere()
    {
        SignInAsApprover();

        var cut = Render<Notifications>();

        cut.WaitForAssertion(() => Assert.Contains("暂无通知", cut.Find("[data-testid=empty-state]").TextContent));
        Assert.Contains("共享申请", cut.Find("[data-testid=empty-state]").TextContent);
        Assert.True(cut.Find("[data-testid=notifications-mark-all-read]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task ListsOnlyMyNotifications_UnreadMarked()
    {
        await SendNotificationsAsync(ShellTestData.GaApproverId, 2);
        await SendNotificationsAsync(ShellTestData.AdminId, 4);
        SignInAsApprover();

        var cut = Render<Notifications>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=notification-row]").Count));
        Assert.Equal(2, cut.FindAll("[data-testid=notification-row].gd-unread").Count);
        Assert.Contains("您有 2 条未读通知", cut.Markup);
    }

    [Fact]
    public async Task MarkRead_MarksOneAndTellsTheBell()
    {
        await SendNotificationsAsync(ShellTestData.GaApproverId, 2);
        SignInAsApprover();
        var bellRefreshed = 0;
        Services.GetRequiredService<NotificationEvents>().Changed += () =>
        {
            bellRefreshed++;
            return Task.CompletedTask;
        };
        var cut = Render<Notifications>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=notification-mark-read]").Count));

        await cut.FindAll("[data-testid=notification-mark-read]")[0].ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=notification-row].gd-unread")));
        Assert.Equal(1, bellRefreshed);
    }

    [Fact]
    public async Task MarkAllRead_LeavesNothingUnread()
    {
        await SendNotificationsAsync(ShellTestData.GaApproverId, 3);
        SignInAsApprover();
        var cut = Render<Notifications>();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=notification-row].gd-unread").Count));

        await cut.Find("[data-testid=notifications-mark-all-read]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=notification-row].gd-unread")));
        Assert.Equal(3, cut.FindAll("[data-testid=notification-row]").Count);
    }

    [Fact]
    public async Task UnknownMessageKey_IsShownAsSuch()
    {
        await SendNotificationsAsync(ShellTestData.GaApproverId, 1, key: "Notification.NotYetTranslated");
        SignInAsApprover();

        var cut = Render<Notifications>();

        cut.WaitForAssertion(() => Assert.Contains("此通知无法显示：Notification.NotYetTranslated", cut.Find("[data-testid=notification-row]").TextContent));
    }
}
