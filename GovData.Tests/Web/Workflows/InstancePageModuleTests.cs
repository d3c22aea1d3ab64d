using Bunit;
using GovData.Tests.Web.Inbox;
using GovData.Tests.Workflows.Runtime;
using GovData.Web.Components.Pages.Workflows;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;

namespace GovData.Tests.Web.Workflows;

/// <summary>The instance page over process modules: the subject's guard, the declared tones and per-process hints, the
/// initiator's own instance and the stopped clock (decision 0017).</summary>
public sealed class InstancePageModuleTests(RuntimeFixture fixture) : InboxTestContext(fixture), IClassFixture<RuntimeFixture>
{
    [Fact]
    public async Task Buttons_AreThoseTheSubjectAccepts_ColouredByTheProcesssTone_WithItsOwnHint()
    {
        Fixture.SetChinaTime(new DateTime(2025, 9, 30, 10, 0, 0));
        var id = await Fixture.StartShareRequestAsync();
        await SignInAsync("approver.ga@govdata.local");
        Fixture.Handler.Allows = q => q.Trigger.Trigger != ShareRequestWorkflowV1.Approve;
        try
        {
            var cut = Render<WorkflowInstancePage>(p => p.Add(x => x.Id, id));

            cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=action-Refuse]")), WaitTimeout);
            Assert.Empty(cut.FindAll("[data-testid=action-Approve]"));
            Assert.Contains("mud-button-filled-error", cut.Find("[data-testid=action-Refuse]").ClassName, StringComparison.Ordinal);

            // The button's handler awaits the dialog: don't await the click.
            cut.Find("[data-testid=action-Refuse]").Click();
            Dialogs.WaitForElement("[data-testid=action-hint]", WaitTimeout);
            Assert.Contains("法律依据", Dialogs.Find("[data-testid=action-hint]").TextContent, StringComparison.Ordinal);
        }
        finally
        {
            Fixture.Handler.Allows = null;
        }
    }

    [Fact]
    public async Task Applicant_SeesTheirInstance_WithTheirActions_AndTheStoppedClock()
    {
        Fixture.SetChinaTime(new DateTime(2025, 9, 24, 10, 0, 0));
        var applicant = await Fixture.UserAsync("applicant@govdata.local");
        var started = await Fixture.Get<StartWorkflow>().ExecuteAsync(
            new StartWorkflowRequest(TestApplicationV1.ProcessName, "Application", Fixture.NextSubjectId(), Fixture.DepartmentIds["GA"], null), applicant);
        Fixture.SetChinaTime(new DateTime(2025, 9, 26, 10, 0, 0));
        var asked = await Fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(started.InstanceId!.Value, TestApplicationV1.AskMaterial), await Fixture.UserAsync("approver.ga@govdata.local"));
        Assert.True(asked.Succeeded, asked.MessageKey);
        await SignInAsync("applicant@govdata.local");

        var cut = Render<WorkflowInstancePage>(p => p.Add(x => x.Id, started.InstanceId!.Value));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=workflow-clock]")), WaitTimeout);
        Assert.Contains("26", cut.Find("[data-testid=workflow-clock]").TextContent, StringComparison.Ordinal);
        Assert.Contains("3 个工作日", cut.Find("[data-testid=workflow-clock]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=action-Supply]"));
        Assert.NotNull(cut.Find("[data-testid=action-Withdraw]"));
        Assert.Empty(cut.FindAll("[data-testid=workflow-deadline]"));
    }
}
