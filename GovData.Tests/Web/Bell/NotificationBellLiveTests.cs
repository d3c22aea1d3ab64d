using Bunit;
using GovData.Tests.Web.Shell;
using GovData.Tests.Workflows.Dashboard;
using GovData.Web.Components.Layout;
using GovData.Workflows.Notifications;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Bell;

public sealed class NotificationBellLiveTests : ShellTestContext
{
    [Fact]
    public async Task Bell_NewNotificationForTheSignedInUser_UpdatesTheCountWithoutNavigation()
    {
        SignInAsApprover();
        var cut = RenderLayout();
        Assert.Empty(cut.FindAll("[data-testid=notification-bell] .mud-badge"));

        // Written elsewhere (another circuit, a job): the hub signals after the save.
        var send = Services.GetRequiredService<SendNotification>();
        await send.ExecuteAsync(ShellTestData.GaApproverId, "Notification.Welcome", ["#1"], "/notifications");
        await send.ExecuteAsync(ShellTestData.GaApproverId, "Notification.Welcome", ["#2"], "/notifications");

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-testid=notification-bell] .mud-badge").TextContent.Trim()));
    }

    [Fact]
    public async Task Bell_AnotherUsersNotification_DoesNotTouchTheCount_AndDisposeUnsubscribes()
    {
        SignInAsApprover();
        var cut = RenderLayout();
        var hub = Services.GetRequiredService<NotificationHub>();
        Assert.Equal(1, hub.SubscriberCount(ShellTestData.GaApproverId));

        await Services.GetRequiredService<SendNotification>().ExecuteAsync(ShellTestData.AdminId, "Notification.Welcome", ["#1"], "/notifications");
        Assert.Empty(cut.FindAll("[data-testid=notification-bell] .mud-badge"));

        await DisposeComponentsAsync();
        Assert.Equal(0, hub.SubscriberCount(ShellTestData.GaApproverId));
    }

    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(p => p.SetAssignedRenderMode(RenderMode.InteractiveServer).Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page"))));
}
