using GovData.Tests.Workflows.Runtime;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using GovData.Workflows.Runtime.Queries;

namespace GovData.Tests.Workflows.Inbox;

public abstract class GetWorkflowInstanceTestsCases(RuntimeFixture fixture)
{
    [Theory]
    [InlineData("approver.wj@govdata.local")]
    [InlineData("applicant@govdata.local")]
    public async Task Instance_IsNotFound_ForUsersOfUninvolvedDepartments(string email)
    {
        var id = await fixture.StartShareRequestAsync();

        var view = await fixture.Get<GetWorkflowInstance>().ExecuteAsync(id, await fixture.UserAsync(email));

        Assert.Null(view);
    }

    [Fact]
    public async Task Instance_IsNotFound_WhenItDoesNotExist()
    {
        var view = await fixture.Get<GetWorkflowInstance>().ExecuteAsync(987654, await fixture.UserAsync("bureau@govdata.local"));
        Assert.Null(view);
    }

    [Fact]
    public async Task Instance_ForTheProviderApprover_HasDiagramDeadlineAndDecisions()
    {
        fixture.SetChinaTime(new DateTime(2025, 9, 30, 10, 0, 0));
        var id = await fixture.StartShareRequestAsync();
        fixture.SetChinaTime(new DateTime(2025, 10, 13, 10, 0, 0));

        var view = await fixture.Get<GetWorkflowInstance>().ExecuteAsync(id, await fixture.UserAsync("approver.ga@govdata.local"));

        Assert.NotNull(view);
        Assert.Equal(ShareRequestWorkflowV1.Submitted, view.State);
        Assert.Equal(new DateOnly(2025, 10, 14), view.DueOn);
        Assert.Equal(1, view.RemainingWorkingDays);
        Assert.NotNull(view.DeadlineExplanation);
        Assert.Equal(view.DueOn, view.DeadlineExplanation.DueDate);
        Assert.Contains(view.DeadlineExplanation.SkippedDays, d => d.Date == new DateOnly(2025, 10, 1));
        Assert.Contains("class Submitted current", view.Diagram.Mermaid, StringComparison.Ordinal);
        Assert.Equal([ShareRequestWorkflowV1.Approve, ShareRequestWorkflowV1.Refuse], view.Actions.Select(a => a.Trigger));
        Assert.Contains(view.Actions.Single(a => a.Trigger == ShareRequestWorkflowV1.Refuse).Arguments, a => a.Name == "legalBasis" && a.Required);
        var start = Assert.Single(view.Journal);
        Assert.Equal(StartWorkflow.StartTrigger, start.Trigger);
    }

    [Fact]
    public async Task Instance_ForTheRequester_OffersWithdrawOnly_AndJournalIsNewestFirst()
    {
        var id = await fixture.StartShareRequestAsync();
        var requester = await fixture.UserAsync("requester.rs@govdata.local");
        var before = await fixture.Get<GetWorkflowInstance>().ExecuteAsync(id, requester);
        Assert.Equal([ShareRequestWorkflowV1.Withdraw], before!.Actions.Select(a => a.Trigger));

        var fired = await fixture.Get<FireTrigger>().ExecuteAsync(
            new(id, ShareRequestWorkflowV1.Withdraw, Comment: "不再需要", ExpectedRevision: before.Revision), requester);
        Assert.True(fired.Succeeded);
        var after = await fixture.Get<GetWorkflowInstance>().ExecuteAsync(id, requester);

        Assert.NotNull(after);
        Assert.True(after.IsClosed);
        Assert.Empty(after.Actions);
        Assert.Equal([2, 1], after.Journal.Select(j => j.Sequence));
        Assert.Equal("不再需要", after.Journal[0].Comment);
        Assert.Contains(after.Diagram.States, s => s.Name == ShareRequestWorkflowV1.Submitted && s.IsVisited && !s.IsCurrent);
    }
}

public sealed class GetWorkflowInstanceTests(RuntimeFixture fixture) : GetWorkflowInstanceTestsCases(fixture), IClassFixture<RuntimeFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class GetWorkflowInstanceTestsOnPostgreSql(PostgreSqlRuntimeFixture fixture) : GetWorkflowInstanceTestsCases(fixture), IClassFixture<PostgreSqlRuntimeFixture>;
