using Bunit;
using GovData.Tests.Workflows.Dashboard;
using GovData.Web.Components.Layout;
using GovData.Workflows.Notifications;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Shell;

public sealed class AppBarMenuTests : ShellTestContext
{
    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(p => p.SetAssignedRenderMode(RenderMode.InteractiveServer).Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page"))));

    [Fact]
    public async Task Bell_OpensTheLatestNotificationsAndTheAllLink()
    {
        await SendNotificationsAsync(ShellTestData.GaApproverId, NotificationBell.LatestCount + 2);
        SignInAsApprover();
        var cut = RenderLayout();

        await cut.Find("[data-testid=notification-bell] button").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal(NotificationBell.LatestCount, cut.FindAll(".gd-bell-item").Count));
        // Newest first, rendered from the resource in the reader's language.
        Assert.Contains("欢迎使用政务数据共享开放平台，#7。", cut.FindAll(".gd-bell-item")[0].TextContent);
        Assert.NotNull(cut.Find("[data-testid=notification-bell-all]"));
    }

    [Fact]
    public async Task Bell_EmptyMenuSaysWhatWillAppear()
    {
        SignInAsApprover();
        var cut = RenderLayout();

        await cut.Find("[data-testid=notification-bell] button").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("暂无通知", cut.Find("[data-testid=notification-bell-empty]").TextContent));
    }

    [Fact]
    public async Task Bell_ClickingANotificationMarksItReadAndOpensItsLink()
    {
        await SendNotificationsAsync(ShellTestData.GaApproverId, 1);
        SignInAsApprover();
        var cut = RenderLayout();
        await cut.Find("[data-testid=notification-bell] button").ClickAsync(new());
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".gd-bell-item")));

        await cut.Find(".gd-bell-item").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=notification-bell] .mud-badge")));
        Assert.EndsWith("/notifications", Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Equal(0, await Services.GetRequiredService<CountUnreadNotifications>().ExecuteAsync(Data.GaApprover));
    }

    [Fact]
    public async Task UserMenu_HasProfileAndASignOutPostWithAntiforgery()
    {
        SignInAsApprover();
        var cut = RenderLayout();

        await cut.Find("[data-testid=user-menu] button").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=user-menu-sign-out]")));
        var form = cut.Find("form[action='/Account/Logout']");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Contains("审核人", cut.Find(".gd-user-card").TextContent);
        Assert.Contains("个人资料", cut.Find("[data-testid=user-menu-profile]").TextContent);
    }
}
