using GovData.Domain.Identity;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;

namespace GovData.Tests.Workflows.Runtime;

public abstract class StartWorkflowTestsCases(RuntimeFixture fixture)
{
    [Fact]
    public async Task Start_ReceivedBeforeNationalDay_IsDueAfterTheHoliday()
    {
        // Received Tue 2025-09-30; 1–8 Oct are off, Sat 11 Oct is a make-up working day:
        // 9, 10, 11, 13, 14 Oct are the five working days.
        fixture.SetChinaTime(new DateTime(2025, 9, 30, 10, 0, 0));
        var id = await fixture.StartShareRequestAsync();

        var instance = await fixture.InstanceAsync(id);
        Assert.Equal(ShareRequestWorkflowV1.Submitted, instance.State);
        Assert.Equal(new DateOnly(2025, 9, 30), instance.ReceivedOn);
        Assert.Equal(new DateOnly(2025, 10, 14), instance.DueOn);
        Assert.Equal(5, instance.DeadlineWorkingDays);
        Assert.True(instance.CalendarComplete);
        Assert.Equal(fixture.DepartmentIds["GA"], instance.AssigneeDepartmentId);
        Assert.Equal(Roles.Approver, instance.AssigneeRole);
        Assert.Equal(1, instance.Revision);
        Assert.Equal(1, instance.DefinitionVersion);
    }

    [Fact]
    public async Task Start_WritesJournalEntryOne_AndNotifiesEachApproverOfTheProvider()
    {
        var id = await fixture.StartShareRequestAsync();

        var entry = Assert.Single(await fixture.JournalAsync(id));
        Assert.Equal(1, entry.Sequence);
        Assert.Equal(StartWorkflow.StartTrigger, entry.Trigger);
        Assert.Equal(string.Empty, entry.FromState);
        Assert.Equal(ShareRequestWorkflowV1.Submitted, entry.ToState);
        Assert.Equal("孙经办人", entry.ActorName);
        Assert.Null(entry.DueBefore);
        Assert.NotNull(entry.DueAfter);

        var notifications = await fixture.NotificationsAsync(id);
        var expected = new[] { await fixture.UserIdAsync("approver.ga@govdata.local"), await fixture.UserIdAsync(RuntimeFixture.SecondApproverEmail) };
        Assert.Equal(expected.Order(), notifications.Select(n => n.RecipientUserId).Order());
        Assert.All(notifications, n => Assert.Equal("Workflow.Notification.ShareRequest.Submitted", n.MessageKey));
    }

    [Fact]
    public async Task Start_TwiceForOneSubject_IsRefused()
    {
        var requester = await fixture.UserAsync("requester.rs@govdata.local");
        var request = new StartWorkflowRequest(
            ShareRequestWorkflowV1.DefinitionName, "ShareRequest", fixture.NextSubjectId(), fixture.DepartmentIds["GA"], fixture.DepartmentIds["RS"]);

        Assert.True((await fixture.Get<StartWorkflow>().ExecuteAsync(request, requester)).Succeeded);
        var second = await fixture.Get<StartWorkflow>().ExecuteAsync(request, requester);

        Assert.Equal(WorkflowOutcome.Conflict, second.Outcome);
        Assert.Equal(WorkflowResult.AlreadyStartedKey, second.MessageKey);
    }

    [Fact]
    public async Task Start_DoubleSubmitAtOnce_StartsOneInstance()
    {
        var requester = await fixture.UserAsync("requester.rs@govdata.local");
        var request = new StartWorkflowRequest(
            ShareRequestWorkflowV1.DefinitionName, "ShareRequest", fixture.NextSubjectId(), fixture.DepartmentIds["GA"], fixture.DepartmentIds["RS"]);

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => fixture.Get<StartWorkflow>().ExecuteAsync(request, requester))));

        var started = Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(WorkflowResult.AlreadyStartedKey, r.MessageKey));
        Assert.Single(await fixture.JournalAsync(started.InstanceId!.Value));
    }

    [Fact]
    public async Task Start_WithUnknownDepartment_IsRefused()
    {
        var requester = await fixture.UserAsync("requester.rs@govdata.local");
        var result = await fixture.Get<StartWorkflow>().ExecuteAsync(
            new StartWorkflowRequest(ShareRequestWorkflowV1.DefinitionName, "ShareRequest", fixture.NextSubjectId(), 9999, fixture.DepartmentIds["RS"]), requester);

        Assert.Equal(WorkflowResult.UnknownDepartmentKey, result.MessageKey);
        Assert.Equal(9999, result.Arguments[0]);
    }

    [Fact]
    public async Task Start_UnknownProcess_IsRefused()
    {
        var requester = await fixture.UserAsync("requester.rs@govdata.local");
        var result = await fixture.Get<StartWorkflow>().ExecuteAsync(
            new StartWorkflowRequest("NoSuchProcess", "X", "1", fixture.DepartmentIds["GA"], null), requester);

        Assert.Equal(WorkflowOutcome.NotFound, result.Outcome);
        Assert.Equal(WorkflowResult.NoPublishedDefinitionKey, result.MessageKey);
    }
}

/// <summary>The cases above on SQLite.</summary>
public sealed class StartWorkflowTests(RuntimeFixture fixture) : StartWorkflowTestsCases(fixture), IClassFixture<RuntimeFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class StartWorkflowTestsOnPostgreSql(PostgreSqlRuntimeFixture fixture) : StartWorkflowTestsCases(fixture), IClassFixture<PostgreSqlRuntimeFixture>;
