using Bunit;
using GovData.Tests.Web.Inbox;
using GovData.Tests.Workflows.Runtime;
using GovData.Web.Components.Pages.Workflows;
using GovData.Workflows.Sharing;

namespace GovData.Tests.Web.Workflows;

public sealed class InstancePageTests(RuntimeFixture fixture) : InboxTestContext(fixture), IClassFixture<RuntimeFixture>
{
    [Fact]
    public async Task InstancePage_ForTheApprover_ShowsJournalDiagramAndDecisions()
    {
        var id = await Fixture.StartShareRequestAsync();
        await SignInAsync("approver.ga@govdata.local");

        var cut = Render<WorkflowInstancePage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=workflow-header]")), WaitTimeout);
        Assert.NotNull(cut.Find("[data-testid=action-Approve]"));
        Assert.NotNull(cut.Find("[data-testid=action-Refuse]"));
        Assert.Empty(cut.FindAll("[data-testid=action-Withdraw]"));
        var entry = Assert.Single(cut.FindAll("[data-testid=journal-entry]"));
        Assert.Contains("提交", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("待审核", cut.Find("[data-testid=workflow-state]").TextContent, StringComparison.Ordinal);
        Assert.Contains("待审核", cut.Find("[data-testid=diagram-states] [data-current=true]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=workflow-deadline]"));
    }

    [Fact]
    public async Task InstancePage_ForProviderStaffWithoutApproverRole_ShowsNoActions()
    {
        var id = await Fixture.StartShareRequestAsync();
        await SignInAsync("catalog.ga@govdata.local");

        var cut = Render<WorkflowInstancePage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=no-actions]")), WaitTimeout);
        Assert.Empty(cut.FindAll("[data-testid^=action-]"));
    }

    [Fact]
    public async Task InstancePage_ForTheRequester_OffersWithdraw_AndWithdrawingUpdatesThePage()
    {
        var id = await Fixture.StartShareRequestAsync();
        await SignInAsync("requester.rs@govdata.local");
        var cut = Render<WorkflowInstancePage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=action-Withdraw]")), WaitTimeout);
        Assert.Empty(cut.FindAll("[data-testid=action-Approve]"));

        // The button's handler awaits the dialog's result: don't await the click, or the test waits on itself.
        cut.Find("[data-testid=action-Withdraw]").Click();
        Dialogs.WaitForElement("[data-testid=action-confirm]", WaitTimeout);
        Dialogs.Find("textarea[data-testid=action-comment]").Input("不再需要");
        Dialogs.Find("[data-testid=action-confirm]").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=journal-entry]").Count), WaitTimeout);
        Assert.Equal(ShareRequestWorkflowV1.Withdrawn, (await Fixture.InstanceAsync(id)).State);
        Assert.Contains("已撤回", cut.Find("[data-testid=workflow-state]").TextContent, StringComparison.Ordinal);
        Assert.Contains("不再需要", cut.Find("[data-testid=workflow-journal]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstancePage_ForAnotherDepartment_ShowsNotFound()
    {
        var id = await Fixture.StartShareRequestAsync();
        await SignInAsync("approver.wj@govdata.local");

        var cut = Render<WorkflowInstancePage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=workflow-not-found]")), WaitTimeout);
        Assert.DoesNotContain("SR-", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=workflow-journal]"));
    }
}
