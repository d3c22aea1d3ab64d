using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;

namespace GovData.Tests.Workflows.Runtime;

/// <summary>Refusals change nothing: same state, revision, journal and notifications as before.</summary>
public abstract class FireTriggerGuardTestsCases(RuntimeFixture fixture)
{
    private static readonly Dictionary<string, string> ApproveArguments = new()
    {
        ["grantedItems"] = "姓名\n身份证号",
        ["validUntil"] = "2026-03-31",
    };

    [Fact]
    public async Task Approve_ByApproverOfAnotherDepartment_IsNotFound_AndChangesNothing()
    {
        var id = await fixture.StartShareRequestAsync();
        var outsider = await fixture.UserAsync("approver.wj@govdata.local");

        var result = await Fire(id, ShareRequestWorkflowV1.Approve, outsider, ApproveArguments);

        Assert.Equal(WorkflowOutcome.NotFound, result.Outcome);
        Assert.Equal(WorkflowResult.NotFoundKey, result.MessageKey);
        Assert.Empty(await fixture.Get<GetAvailableActions>().ExecuteAsync(id, outsider));
        await AssertUnchangedAsync(id);
    }

    [Fact]
    public async Task Approve_ByProviderUserWithoutApproverRole_IsNotAllowed()
    {
        var id = await fixture.StartShareRequestAsync();
        var catalogManager = await fixture.UserAsync("catalog.ga@govdata.local");

        var result = await Fire(id, ShareRequestWorkflowV1.Approve, catalogManager, ApproveArguments);

        Assert.Equal(WorkflowOutcome.NotAllowed, result.Outcome);
        Assert.Equal(WorkflowResult.NotAllowedKey, result.MessageKey);
        Assert.Empty(await fixture.Get<GetAvailableActions>().ExecuteAsync(id, catalogManager));
        await AssertUnchangedAsync(id);
    }

    [Fact]
    public async Task Approve_ByApproverOfTheRequesterDepartment_IsNotAllowed()
    {
        var id = await fixture.StartShareRequestAsync();
        var requesterSideApprover = await fixture.UserAsync("approver.rs@govdata.local");

        var result = await Fire(id, ShareRequestWorkflowV1.Approve, requesterSideApprover, ApproveArguments);

        Assert.Equal(WorkflowOutcome.NotAllowed, result.Outcome);
        await AssertUnchangedAsync(id);
    }

    [Fact]
    public async Task Refuse_WithoutLegalBasis_IsRejected_AndChangesNothing()
    {
        var id = await fixture.StartShareRequestAsync();
        var approver = await fixture.UserAsync("approver.ga@govdata.local");

        var result = await Fire(id, ShareRequestWorkflowV1.Refuse, approver, new Dictionary<string, string> { ["legalBasis"] = "  " });

        Assert.Equal(WorkflowOutcome.InvalidArguments, result.Outcome);
        Assert.Equal(WorkflowResult.ArgumentRequiredKey, result.MessageKey);
        Assert.Equal(["legalBasis"], result.Arguments);
        await AssertUnchangedAsync(id);
    }

    [Fact]
    public async Task Approve_WithMalformedDate_IsRejected()
    {
        var id = await fixture.StartShareRequestAsync();
        var approver = await fixture.UserAsync("approver.ga@govdata.local");

        var result = await Fire(id, ShareRequestWorkflowV1.Approve, approver, new Dictionary<string, string>
        {
            ["grantedItems"] = "姓名",
            ["validUntil"] = "31/03/2026",
        });

        Assert.Equal(WorkflowResult.ArgumentInvalidKey, result.MessageKey);
        Assert.Equal("validUntil", result.Arguments[0]);
        await AssertUnchangedAsync(id);
    }

    [Fact]
    public async Task Cancel_ByBureauWithoutReason_IsRejected_AndByProviderIsNotAllowed()
    {
        var id = await fixture.StartShareRequestAsync();
        var bureau = await fixture.UserAsync("bureau@govdata.local");
        var approver = await fixture.UserAsync("approver.ga@govdata.local");

        var noReason = await Fire(id, WorkflowBuilder.Cancel, bureau, []);
        var notBureau = await Fire(id, WorkflowBuilder.Cancel, approver, new Dictionary<string, string> { ["reason"] = "重复" });

        Assert.Equal(WorkflowResult.ArgumentRequiredKey, noReason.MessageKey);
        Assert.Equal(WorkflowOutcome.NotAllowed, notBureau.Outcome);
        await AssertUnchangedAsync(id);
    }

    [Fact]
    public async Task SetDeadline_InThePast_IsRejected()
    {
        fixture.SetChinaTime(new DateTime(2025, 10, 9, 9, 0, 0));
        var id = await fixture.StartShareRequestAsync();

        var result = await Fire(id, WorkflowBuilder.SetDeadline, await fixture.UserAsync("bureau@govdata.local"), new()
        {
            ["reason"] = "r",
            ["dueOn"] = "2025-10-08",
        });

        Assert.Equal(WorkflowResult.DueInThePastKey, result.MessageKey);
        await AssertUnchangedAsync(id);
    }

    [Fact]
    public async Task Reassign_ToUnknownDepartmentOrRole_IsRejected()
    {
        var id = await fixture.StartShareRequestAsync();
        var bureau = await fixture.UserAsync("bureau@govdata.local");

        var department = await Fire(id, WorkflowBuilder.Reassign, bureau, new() { ["reason"] = "r", ["departmentId"] = "9999" });
        var role = await Fire(id, WorkflowBuilder.Reassign, bureau, new() { ["reason"] = "r", ["departmentId"] = "1", ["role"] = "Boss" });

        Assert.Equal(WorkflowResult.UnknownDepartmentKey, department.MessageKey);
        Assert.Equal(WorkflowResult.ArgumentInvalidKey, role.MessageKey);
        await AssertUnchangedAsync(id);
    }

    [Fact]
    public async Task AvailableActions_NameWhatEachUserMayFire()
    {
        var id = await fixture.StartShareRequestAsync();
        var actions = fixture.Get<GetAvailableActions>();

        var approver = await actions.ExecuteAsync(id, await fixture.UserAsync("approver.ga@govdata.local"));
        var requester = await actions.ExecuteAsync(id, await fixture.UserAsync("requester.rs@govdata.local"));
        var bureau = await actions.ExecuteAsync(id, await fixture.UserAsync("bureau@govdata.local"));

        Assert.Equal([ShareRequestWorkflowV1.Approve, ShareRequestWorkflowV1.Refuse], approver.Select(a => a.Trigger));
        Assert.Equal([ShareRequestWorkflowV1.Withdraw], requester.Select(a => a.Trigger));
        Assert.Equal([WorkflowBuilder.Cancel, WorkflowBuilder.Reassign, WorkflowBuilder.SetDeadline], bureau.Select(a => a.Trigger));
        Assert.Contains(approver.Single(a => a.Trigger == ShareRequestWorkflowV1.Refuse).Arguments, a => a.Name == "legalBasis" && a.Required);
    }

    private Task<WorkflowResult> Fire(long id, string trigger, GovData.Domain.Identity.UserContext user, Dictionary<string, string> arguments) =>
        fixture.Get<FireTrigger>().ExecuteAsync(new FireTriggerRequest(id, trigger, arguments), user);

    private async Task AssertUnchangedAsync(long id)
    {
        var instance = await fixture.InstanceAsync(id);
        Assert.Equal(ShareRequestWorkflowV1.Submitted, instance.State);
        Assert.Equal(1, instance.Revision);
        Assert.Null(instance.ClosedAtUtc);
        Assert.Single(await fixture.JournalAsync(id));
        Assert.All(await fixture.NotificationsAsync(id), n => Assert.Equal("Workflow.Notification.ShareRequest.Submitted", n.MessageKey));
    }
}

public sealed class FireTriggerGuardTests(RuntimeFixture fixture) : FireTriggerGuardTestsCases(fixture), IClassFixture<RuntimeFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class FireTriggerGuardTestsOnPostgreSql(PostgreSqlRuntimeFixture fixture) : FireTriggerGuardTestsCases(fixture), IClassFixture<PostgreSqlRuntimeFixture>;
