using GovData.Domain.Identity;
using GovData.Workflows.Calendar;
using GovData.Workflows.Deadlines;
using GovData.Workflows.Inbox;
using GovData.Workflows.Mail;
using GovData.Workflows.Notifications;
using GovData.Workflows.Runtime;
using GovData.Workflows.Runtime.Queries;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovData.Tests.Workflows.Runtime;

/// <summary>The initiator relation, the stopped clock and the subject's guard, at the use-case level (decision 0017).</summary>
public abstract class InitiatorAndClockTestsCases(RuntimeFixture fixture)
{
    private const string Applicant = "applicant@govdata.local";

    [Fact]
    public async Task ClockStop_AcrossNationalDay_ResumesWithTheWorkingDaysLeft_CountingMakeUpDays()
    {
        var applicant = await fixture.UserAsync(Applicant);
        var approver = await fixture.UserAsync("approver.ga@govdata.local");
        // Wed 24 Sep 2025: 5 working days are 25, 26, Sun 28 (a make-up working day), 29 and 30 Sep.
        fixture.SetChinaTime(new DateTime(2025, 9, 24, 10, 0, 0));
        var id = await StartAsync(applicant);
        Assert.Equal(new DateOnly(2025, 9, 30), (await fixture.InstanceAsync(id)).DueOn);

        // Fri 26 Sep: the approver asks for material; 28, 29 and 30 Sep are left.
        fixture.SetChinaTime(new DateTime(2025, 9, 26, 9, 0, 0));
        Assert.True((await FireAsync(id, TestApplicationV1.AskMaterial, approver)).Succeeded);
        var stopped = await fixture.InstanceAsync(id);
        Assert.True(stopped.ClockStopped);
        Assert.Null(stopped.DueOn);
        Assert.Equal((new DateOnly(2025, 9, 26), 3), (stopped.ClockStoppedOn!.Value, stopped.ClockRemainingWorkingDays!.Value));

        // Long past the old due date: neither overdue in the view nor touched by the sweep.
        fixture.SetChinaTime(new DateTime(2025, 10, 9, 8, 0, 0));
        await Sweep().SweepAsync();
        await using (var db = fixture.Database.CreateDbContext())
        {
            Assert.False(await db.DeadlineNotices.AnyAsync(n => n.InstanceId == id));
        }

        var whileStopped = (await fixture.Get<GetWorkflowInstance>().ExecuteAsync(id, applicant))!;
        Assert.Equal(DeadlineStatus.None, whileStopped.Status);
        Assert.Equal(new ClockStop(new DateOnly(2025, 9, 26), null, 3), whileStopped.Clock);

        // Thu 9 Oct (after the holiday 1-8 Oct): 3 working days from today are 10, Sat 11 (make-up) and Mon 13 Oct.
        fixture.SetChinaTime(new DateTime(2025, 10, 9, 10, 0, 0));
        Assert.True((await FireAsync(id, TestApplicationV1.Supply, applicant)).Succeeded);
        var resumed = await fixture.InstanceAsync(id);
        Assert.Equal(new DateOnly(2025, 10, 13), resumed.DueOn);
        Assert.False(resumed.ClockStopped);

        var journal = await fixture.JournalAsync(id);
        Assert.Equal((new DateOnly(2025, 9, 30), (DateOnly?)null), (journal[1].DueBefore!.Value, journal[1].DueAfter));
        Assert.Equal(((DateOnly?)null, new DateOnly(2025, 10, 13)), (journal[2].DueBefore, journal[2].DueAfter!.Value));
        var view = (await fixture.Get<GetWorkflowInstance>().ExecuteAsync(id, approver))!;
        Assert.Equal(new ClockStop(new DateOnly(2025, 9, 26), new DateOnly(2025, 10, 9), 3), view.Clock);
        Assert.Equal((new DateOnly(2025, 10, 9), 3, new DateOnly(2025, 10, 13)), (view.DeadlineExplanation!.Received, view.DeadlineExplanation.WorkingDays, view.DeadlineExplanation.DueDate));
    }

    [Fact]
    public async Task Initiator_WithoutDepartment_IsAssignee_FiresTheirTriggers_AndSeesOnlyTheirOwnInstance()
    {
        var applicant = await fixture.UserAsync(Applicant);
        var approver = await fixture.UserAsync("approver.ga@govdata.local");
        var stranger = new UserContext("someone-else", "王市民", null, false, new HashSet<string> { Roles.Applicant });
        fixture.SetChinaTime(new DateTime(2025, 11, 3, 10, 0, 0));
        var id = await StartAsync(applicant);
        Assert.Empty(await fixture.Get<GetAvailableActions>().ExecuteAsync(id, applicant));

        Assert.True((await FireAsync(id, TestApplicationV1.AskMaterial, approver)).Succeeded);

        var instance = await fixture.InstanceAsync(id);
        Assert.True(instance.IsAssignedToInitiator);
        Assert.Equal(Roles.Applicant, instance.AssigneeRole);
        Assert.Equal(["Supply", "Withdraw"], (await fixture.Get<GetAvailableActions>().ExecuteAsync(id, applicant)).Select(a => a.Trigger));
        Assert.Empty(await fixture.Get<GetAvailableActions>().ExecuteAsync(id, approver));
        Assert.Contains((await fixture.Get<GetInbox>().ExecuteAsync(applicant, new InboxFilter())).Rows, r => r.InstanceId == id);
        Assert.Contains(await fixture.NotificationsAsync(id), n => n.RecipientUserId == applicant.UserId && n.MessageKey == "Workflow.Notification.TestApplication.AwaitingMaterial");

        Assert.Null(await fixture.Get<GetWorkflowInstance>().ExecuteAsync(id, stranger));
        Assert.Empty((await fixture.Get<GetInbox>().ExecuteAsync(stranger, new InboxFilter())).Rows);
        Assert.Equal(WorkflowOutcome.NotFound, (await FireAsync(id, TestApplicationV1.Withdraw, stranger)).Outcome);

        Assert.True((await FireAsync(id, TestApplicationV1.Withdraw, applicant)).Succeeded);
        Assert.Equal("Withdrawn", (await fixture.InstanceAsync(id)).State);
    }

    [Fact]
    public async Task SubjectGuard_ActionsOffered_AreExactlyThoseTheSubjectAccepts()
    {
        fixture.SetChinaTime(new DateTime(2025, 9, 30, 10, 0, 0));
        var id = await fixture.StartShareRequestAsync();
        var approver = await fixture.UserAsync("approver.ga@govdata.local");
        Assert.Equal(["Approve", "Refuse"], (await fixture.Get<GetAvailableActions>().ExecuteAsync(id, approver)).Select(a => a.Trigger));

        fixture.Handler.Allows = q => q.Trigger.Trigger != ShareRequestWorkflowV1.Refuse;
        try
        {
            Assert.Equal(["Approve"], (await fixture.Get<GetAvailableActions>().ExecuteAsync(id, approver)).Select(a => a.Trigger));
            Assert.Equal(["Approve"], (await fixture.Get<GetWorkflowInstance>().ExecuteAsync(id, approver))!.Actions.Select(a => a.Trigger));
        }
        finally
        {
            fixture.Handler.Allows = null;
        }
    }

    [Fact]
    public async Task Actions_CarryTheToneTheProcessDeclares()
    {
        fixture.SetChinaTime(new DateTime(2025, 9, 30, 10, 0, 0));
        var id = await fixture.StartShareRequestAsync();
        var actions = await fixture.Get<GetAvailableActions>().ExecuteAsync(id, await fixture.UserAsync("approver.ga@govdata.local"));

        Assert.Equal([ActionTone.Positive, ActionTone.Negative], actions.Select(a => a.Tone));
    }

    private async Task<long> StartAsync(UserContext applicant)
    {
        var started = await fixture.Get<StartWorkflow>().ExecuteAsync(
            new StartWorkflowRequest(TestApplicationV1.ProcessName, "Application", fixture.NextSubjectId(), fixture.DepartmentIds["GA"], null), applicant);
        Assert.True(started.Succeeded, started.MessageKey);
        return started.InstanceId!.Value;
    }

    private Task<WorkflowResult> FireAsync(long id, string trigger, UserContext user) =>
        fixture.Get<FireTrigger>().ExecuteAsync(new FireTriggerRequest(id, trigger), user);

    private DeadlineSweep Sweep() => new(
        fixture.Database,
        fixture.Database.UnitOfWork(fixture.Time),
        fixture.Get<WorkingDayCalendarProvider>(),
        EscalationSettings.From(null, fixture.Get<WorkflowProcesses>().All),
        fixture.Get<NotificationOutbox>(),
        fixture.Get<NotificationHub>(),
        fixture.Time,
        NullLogger<DeadlineSweep>.Instance);
}

public sealed class InitiatorAndClockTests(RuntimeFixture fixture) : InitiatorAndClockTestsCases(fixture), IClassFixture<RuntimeFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class InitiatorAndClockTestsOnPostgreSql(PostgreSqlRuntimeFixture fixture) : InitiatorAndClockTestsCases(fixture), IClassFixture<PostgreSqlRuntimeFixture>;
