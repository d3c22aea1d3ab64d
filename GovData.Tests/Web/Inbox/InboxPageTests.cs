using Bunit;
using GovData.Tests.Workflows.Runtime;
using GovData.Workflows.Inbox;

namespace GovData.Tests.Web.Inbox;

public sealed class InboxPageTests(RuntimeFixture fixture) : InboxTestContext(fixture), IClassFixture<RuntimeFixture>
{
    [Fact]
    public async Task InboxPage_ShowsAssignedRows_WithChipColoursByRemainingDays()
    {
        Fixture.SetChinaTime(new DateTime(2025, 9, 1, 9, 0, 0));
        var overdue = await Fixture.StartShareRequestAsync();
        Fixture.SetChinaTime(new DateTime(2025, 10, 10, 9, 0, 0));
        var fresh = await Fixture.StartShareRequestAsync();
        await SignInAsync("approver.ga@govdata.local");

        var cut = Render<GovData.Web.Components.Pages.Inbox.Inbox>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=remaining-chip]").Count), WaitTimeout);
        Assert.Equal("待办", cut.Find("h1").TextContent.Trim());
        var chips = cut.FindAll("[data-testid=remaining-chip]");
        Assert.Equal(nameof(DeadlineStatus.Overdue), chips[0].GetAttribute("data-status"));
        Assert.Contains("mud-chip-color-error", chips[0].ClassName, StringComparison.Ordinal);
        Assert.Contains("超期", chips[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(nameof(DeadlineStatus.OnTrack), chips[1].GetAttribute("data-status"));
        Assert.Contains("mud-chip-color-success", chips[1].ClassName, StringComparison.Ordinal);
        var links = cut.FindAll("[data-testid=inbox-subject]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/workflows/" + overdue, "/workflows/" + fresh], links);
        Assert.Contains("共享申请", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("待审核", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InboxPage_WithNothingToDo_ExplainsWhatWillShowUp()
    {
        await SignInAsync("approver.wj@govdata.local");

        var cut = Render<GovData.Web.Components.Pages.Inbox.Inbox>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=inbox-empty]")), WaitTimeout);
        Assert.Contains("暂无待办", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("待审核的共享申请", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=remaining-chip]"));
    }
}
