using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Domain.Workflows;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;

namespace GovData.Tests.Workflows.Runtime;

public abstract class FireTriggerTestsCases(RuntimeFixture fixture)
{
    [Fact]
    public async Task Approve_ByProviderApprover_ClosesJournalsAndNotifiesTheRequester()
    {
        fixture.SetChinaTime(new DateTime(2025, 9, 30, 10, 0, 0));
        var id = await fixture.StartShareRequestAsync();
        fixture.SetChinaTime(new DateTime(2025, 10, 9, 15, 30, 0));
        var approver = await fixture.UserAsync("approver.ga@govdata.local");

        var result = await Fire(id, ShareRequestWorkflowV1.Approve, approver, new()
        {
            ["grantedItems"] = "姓名\n身份证号",
            ["validUntil"] = "2026-01-07",
        }, "同意共享两项");

        Assert.True(result.Succeeded);
        var instance = await fixture.InstanceAsync(id);
        Assert.Equal(ShareRequestWorkflowV1.Approved, instance.State);
        Assert.Equal(2, instance.Revision);
        Assert.NotNull(instance.ClosedAtUtc);
        Assert.Null(instance.DueOn);
        Assert.Null(instance.AssigneeDepartmentId);
        Assert.Equal([ShareRequestWorkflowV1.Submitted, ShareRequestWorkflowV1.Approved], instance.Visited());

        var entry = (await fixture.JournalAsync(id))[^1];
        Assert.Equal(2, entry.Sequence);
        Assert.Equal((ShareRequestWorkflowV1.Submitted, ShareRequestWorkflowV1.Approved), (entry.FromState, entry.ToState));
        Assert.Equal(approver.UserId, entry.ActorUserId);
        Assert.Equal(approver.DepartmentId, entry.ActorDepartmentId);
        Assert.Equal("同意共享两项", entry.Comment);
        Assert.Contains("2026-01-07", entry.ArgumentsJson, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 10, 14), entry.DueBefore);
        Assert.Null(entry.DueAfter);

        var outcome = Assert.Single(await fixture.NotificationsAsync(id), n => n.MessageKey == "Workflow.Notification.ShareRequest.Approved");
        Assert.Equal(await fixture.UserIdAsync("requester.rs@govdata.local"), outcome.RecipientUserId);
        Assert.Equal([instance.SubjectId, "同意共享两项"], outcome.Arguments());
    }

    [Fact]
    public async Task Withdraw_ByRequesterDepartment_ClosesWithoutTellingTheActor()
    {
        var id = await fixture.StartShareRequestAsync();
        var requester = await fixture.UserAsync("requester.rs@govdata.local");

        var result = await Fire(id, ShareRequestWorkflowV1.Withdraw, requester, []);

        Assert.True(result.Succeeded);
        Assert.Equal(ShareRequestWorkflowV1.Withdrawn, (await fixture.InstanceAsync(id)).State);
        Assert.DoesNotContain(await fixture.NotificationsAsync(id), n => n.MessageKey == "Workflow.Notification.ShareRequest.Withdrawn");
    }

    [Fact]
    public async Task FireOnClosedInstance_TellsWhoDecidedAndWhen()
    {
        fixture.SetChinaTime(new DateTime(2025, 10, 9, 9, 0, 0));
        var id = await fixture.StartShareRequestAsync();
        fixture.SetChinaTime(new DateTime(2025, 10, 10, 14, 5, 0));
        var approver = await fixture.UserAsync("approver.ga@govdata.local");
        await Fire(id, ShareRequestWorkflowV1.Refuse, approver, new() { ["legalBasis"] = "《数据安全法》第三十八条" });

        var late = await Fire(id, ShareRequestWorkflowV1.Approve, await fixture.UserAsync(RuntimeFixture.SecondApproverEmail), new()
        {
            ["grantedItems"] = "姓名",
            ["validUntil"] = "2026-01-07",
        });

        Assert.Equal(WorkflowOutcome.Conflict, late.Outcome);
        Assert.Equal(WorkflowResult.AlreadyChangedKey, late.MessageKey);
        Assert.Equal(approver.UserName, late.Arguments[0]);
        Assert.Equal(new DateTime(2025, 10, 10, 14, 5, 0), late.Arguments[1]);
        Assert.Equal(ShareRequestWorkflowV1.Refuse, late.Arguments[2]);
        Assert.Equal(ShareRequestWorkflowV1.Refused, late.Arguments[3]);
        Assert.Equal(2, (await fixture.JournalAsync(id)).Count);
    }

    [Fact]
    public async Task StaleExpectedRevision_IsAConflict_NotAnAction()
    {
        var id = await fixture.StartShareRequestAsync();
        var bureau = await fixture.UserAsync("bureau@govdata.local");
        await Fire(id, WorkflowBuilder.SetDeadline, bureau, new() { ["reason"] = "延期", ["dueOn"] = "2025-12-31" });

        var result = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(id, ShareRequestWorkflowV1.Refuse, new Dictionary<string, string> { ["legalBasis"] = "x" }, ExpectedRevision: 1),
            await fixture.UserAsync("approver.ga@govdata.local"));

        Assert.Equal(WorkflowOutcome.Conflict, result.Outcome);
        Assert.Equal(bureau.UserName, result.Arguments[0]);
        Assert.Equal(ShareRequestWorkflowV1.Submitted, (await fixture.InstanceAsync(id)).State);
    }

    [Fact]
    public async Task BureauReassign_KeepsState_MovesTheTask_AndIsJournalled()
    {
        var id = await fixture.StartShareRequestAsync();
        var bureau = await fixture.UserAsync("bureau@govdata.local");

        var result = await Fire(id, WorkflowBuilder.Reassign, bureau, new()
        {
            ["reason"] = "数据实际由市场监管局维护",
            ["departmentId"] = fixture.DepartmentIds["SCJG"].ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.True(result.Succeeded);
        var instance = await fixture.InstanceAsync(id);
        Assert.Equal(ShareRequestWorkflowV1.Submitted, instance.State);
        Assert.Equal(fixture.DepartmentIds["SCJG"], instance.AssigneeDepartmentId);
        Assert.Equal(Roles.Approver, instance.AssigneeRole);
        var entry = (await fixture.JournalAsync(id))[^1];
        Assert.Equal((WorkflowBuilder.Reassign, 2), (entry.Trigger, entry.Sequence));
        Assert.Contains("市场监管局", entry.ArgumentsJson, StringComparison.Ordinal);
        var newApprover = await fixture.UserIdAsync("approver.scjg@govdata.local");
        Assert.Contains(await fixture.NotificationsAsync(id), n => n.RecipientUserId == newApprover);
        // The assigned department's approver may now decide.
        var actions = await fixture.Get<GetAvailableActions>().ExecuteAsync(id, await fixture.UserAsync("approver.scjg@govdata.local"));
        Assert.Contains(actions, a => a.Trigger == ShareRequestWorkflowV1.Approve);
    }

    [Fact]
    public async Task BureauSetDeadline_StoresTheDate_AndJournalsBeforeAndAfter()
    {
        var id = await fixture.StartShareRequestAsync();
        var before = (await fixture.InstanceAsync(id)).DueOn;

        var result = await Fire(id, WorkflowBuilder.SetDeadline, await fixture.UserAsync("bureau@govdata.local"), new()
        {
            ["reason"] = "申请方补充材料",
            ["dueOn"] = "2025-12-31",
        });

        Assert.True(result.Succeeded);
        var instance = await fixture.InstanceAsync(id);
        Assert.Equal(new DateOnly(2025, 12, 31), instance.DueOn);
        Assert.Null(instance.DeadlineWorkingDays);
        var entry = (await fixture.JournalAsync(id))[^1];
        Assert.Equal((before, (DateOnly?)new DateOnly(2025, 12, 31)), (entry.DueBefore, entry.DueAfter));
    }

    [Fact]
    public async Task BureauCancel_WithReason_ClosesAsCancelled()
    {
        var id = await fixture.StartShareRequestAsync();

        var result = await Fire(id, WorkflowBuilder.Cancel, await fixture.UserAsync("bureau@govdata.local"), new() { ["reason"] = "申请重复" });

        Assert.True(result.Succeeded);
        var instance = await fixture.InstanceAsync(id);
        Assert.Equal(ShareRequestWorkflowV1.Cancelled, instance.State);
        Assert.True(instance.IsClosed);
        Assert.Contains(await fixture.NotificationsAsync(id), n => n.MessageKey == "Workflow.Notification.ShareRequest.Cancelled");
    }

    [Fact]
    public async Task Diagram_MarksCurrentAndVisitedStates()
    {
        var id = await fixture.StartShareRequestAsync();
        await Fire(id, ShareRequestWorkflowV1.Withdraw, await fixture.UserAsync("requester.rs@govdata.local"), []);
        var instance = await fixture.InstanceAsync(id);

        var diagram = WorkflowDiagram.For(fixture.Get<WorkflowRegistry>().Get(instance.DefinitionName, instance.DefinitionVersion), instance);

        Assert.StartsWith("stateDiagram-v2", diagram.Mermaid, StringComparison.Ordinal);
        Assert.Contains("Submitted --> Approved", diagram.Mermaid, StringComparison.Ordinal);
        Assert.Contains("[*] --> Submitted", diagram.Mermaid, StringComparison.Ordinal);
        Assert.Contains("Withdrawn --> [*]", diagram.Mermaid, StringComparison.Ordinal);
        Assert.Contains("class Withdrawn current", diagram.Mermaid, StringComparison.Ordinal);
        Assert.Contains("class Submitted visited", diagram.Mermaid, StringComparison.Ordinal);
        Assert.Equal(ShareRequestWorkflowV1.Withdrawn, Assert.Single(diagram.States, s => s.IsCurrent).Name);
        Assert.Equal(2, diagram.States.Count(s => s.IsVisited));
        Assert.Equal(4, diagram.States.Count(s => s.IsFinal));
    }

    private Task<WorkflowResult> Fire(long id, string trigger, UserContext user, Dictionary<string, string> arguments, string? comment = null) =>
        fixture.Get<FireTrigger>().ExecuteAsync(new FireTriggerRequest(id, trigger, arguments, comment), user);
}

/// <summary>The cases above on SQLite.</summary>
public sealed class FireTriggerTests(RuntimeFixture fixture) : FireTriggerTestsCases(fixture), IClassFixture<RuntimeFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class FireTriggerTestsOnPostgreSql(PostgreSqlRuntimeFixture fixture) : FireTriggerTestsCases(fixture), IClassFixture<PostgreSqlRuntimeFixture>;
