using GovData.Domain.Notifications;
using GovData.Tests.Workflows.Runtime;
using GovData.Workflows.Calendar;
using GovData.Workflows.Deadlines;
using GovData.Workflows.Mail;
using GovData.Workflows.Notifications;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovData.Tests.Workflows.Deadlines;

public abstract class DeadlineSweepTestsCases(RuntimeFixture fixture)
{
    [Fact]
    public async Task Reminder_OneWorkingDayBeforeADueDateAfterNationalDay_SentOnce()
    {
        var id = await StartDueOn("2025-10-09");
        fixture.SetChinaTime(new DateTime(2025, 9, 29, 9, 0, 0));
        await Sweep().SweepAsync();
        Assert.Empty(await NotificationsAsync(id, DeadlineSweep.ReminderKey));

        // 30 Sep: the holidays 1-8 Oct do not count, so 9 Oct is one working day away.
        fixture.SetChinaTime(new DateTime(2025, 9, 30, 9, 0, 0));
        await Sweep().SweepAsync();
        await Sweep().SweepAsync();
        fixture.SetChinaTime(new DateTime(2025, 10, 5, 9, 0, 0));
        await Sweep().SweepAsync();

        var reminders = await NotificationsAsync(id, DeadlineSweep.ReminderKey);
        Assert.Equal(
            new[] { await fixture.UserIdAsync("approver.ga@govdata.local"), await fixture.UserIdAsync(RuntimeFixture.SecondApproverEmail) }.Order(StringComparer.Ordinal),
            reminders.Select(n => n.RecipientUserId).Order(StringComparer.Ordinal));
        var subject = (await fixture.InstanceAsync(id)).SubjectId;
        Assert.All(reminders, n => Assert.Equal([subject, "2025-10-09"], n.Arguments()));
        Assert.Equal(0, (await fixture.InstanceAsync(id)).EscalationLevel);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Overdue_ThenEachEscalationStep_CountsTheMakeUpSaturday_EachOnce(bool bulk)
    {
        var id = await StartDueOn("2025-10-09");
        var approvers = new[] { await fixture.UserIdAsync("approver.ga@govdata.local"), await fixture.UserIdAsync(RuntimeFixture.SecondApproverEmail) };
        var lead = await fixture.UserIdAsync("lead.ga@govdata.local");
        var bureau = await fixture.UserIdAsync("bureau@govdata.local");

        // Due day itself: not overdue yet.
        await SweepOn(new DateTime(2025, 10, 9, 18, 0, 0), bulk);
        Assert.Empty(await NotificationsAsync(id, DeadlineSweep.OverdueKey));

        // 10 Oct: the overdue notice to the assignees, no escalation on the same day.
        await SweepOn(new DateTime(2025, 10, 10, 0, 1, 0), bulk);
        await SweepOn(new DateTime(2025, 10, 10, 9, 0, 0), bulk);
        Assert.Equal(approvers.Order(StringComparer.Ordinal), (await NotificationsAsync(id, DeadlineSweep.OverdueKey)).Select(n => n.RecipientUserId).Order(StringComparer.Ordinal));
        Assert.Equal(0, (await fixture.InstanceAsync(id)).EscalationLevel);

        // 11 Oct is a make-up Saturday: one whole working day overdue, step 1 (the provider's approvers).
        await SweepOn(new DateTime(2025, 10, 11, 9, 0, 0), bulk);
        Assert.Equal(1, (await fixture.InstanceAsync(id)).EscalationLevel);
        await SweepOn(new DateTime(2025, 10, 12, 9, 0, 0), bulk);
        await SweepOn(new DateTime(2025, 10, 13, 9, 0, 0), bulk);
        Assert.Equal(1, (await fixture.InstanceAsync(id)).EscalationLevel);

        // 14 Oct: three whole working days overdue (10, 11, 13 Oct), step 2 (the department lead).
        await SweepOn(new DateTime(2025, 10, 14, 9, 0, 0), bulk);
        Assert.Equal(2, (await fixture.InstanceAsync(id)).EscalationLevel);
        await SweepOn(new DateTime(2025, 10, 15, 9, 0, 0), bulk);
        Assert.Equal(2, (await fixture.InstanceAsync(id)).EscalationLevel);

        // 16 Oct: five whole working days overdue, step 3 (the bureau's officers).
        await SweepOn(new DateTime(2025, 10, 16, 9, 0, 0), bulk);
        await SweepOn(new DateTime(2025, 10, 17, 9, 0, 0), bulk);

        var instance = await fixture.InstanceAsync(id);
        Assert.Equal(3, instance.EscalationLevel);
        var escalations = await NotificationsAsync(id, DeadlineSweep.EscalatedKey);
        Assert.Equal(approvers.Order(StringComparer.Ordinal), escalations.Where(n => n.Arguments()[2] == "1").Select(n => n.RecipientUserId).Order(StringComparer.Ordinal));
        Assert.Equal([lead], escalations.Where(n => n.Arguments()[2] == "2").Select(n => n.RecipientUserId));
        Assert.Contains(bureau, escalations.Where(n => n.Arguments()[2] == "3").Select(n => n.RecipientUserId));
        Assert.Equal(2, (await NotificationsAsync(id, DeadlineSweep.OverdueKey)).Count);

        var journal = (await fixture.JournalAsync(id)).Where(e => e.Trigger == DeadlineSweep.EscalateTrigger).ToList();
        Assert.Equal(3, journal.Count);
        Assert.All(journal, e => Assert.Equal(GovData.Domain.Workflows.WorkflowJournalEntry.SystemActor, e.ActorName));
        Assert.Equal(instance.Revision, journal[^1].Sequence);
        Assert.Equal(["1", "2", "3"], journal.Select(e => System.Text.Json.JsonDocument.Parse(e.ArgumentsJson).RootElement.GetProperty("level").GetString()));

        await using var db = fixture.Database.CreateDbContext();
        var notices = await db.DeadlineNotices.Where(n => n.InstanceId == id).Select(n => new { n.Kind, n.Level, n.DueOn }).ToListAsync();
        Assert.Equal(4, notices.Count);
        Assert.Equal(3, notices.Count(n => n.Kind == DeadlineNoticeKind.Escalation));
        Assert.All(notices, n => Assert.Equal(new DateOnly(2025, 10, 9), n.DueOn));

        // Each escalation is audited as an update of the instance by the system (the same row EF writes).
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audited = await db.AuditEntries
            .Where(a => a.EntityType == "WorkflowInstance" && a.EntityKey == key && a.Action == GovData.Domain.Audit.AuditActions.Update
                && a.Summary!.Contains("EscalationLevel"))
            .OrderBy(a => a.Sequence)
            .ToListAsync();
        Assert.Equal(3, audited.Count);
        Assert.All(audited, a => Assert.Equal(GovData.Domain.Audit.AuditActors.System, a.UserName));
        Assert.Contains("\"EscalationLevel\":{\"old\":2,\"new\":3}", audited[^1].Summary, StringComparison.Ordinal);
        Assert.Contains("\"Revision\":{\"old\":" + (instance.Revision - 1), audited[^1].Summary, StringComparison.Ordinal);
        Assert.True((await new GovData.Workflows.Audit.VerifyAuditChain(fixture.Database, fixture.Time).VerifyAsync(CancellationToken.None)).Intact);

        // The outbox keys name the due date: each mail once.
        var mails = await db.OutboxEmails.Where(m => m.IdempotencyKey.StartsWith("deadline:" + key + ":")).Select(m => m.IdempotencyKey).ToListAsync();
        Assert.NotEmpty(mails);
        Assert.All(mails, m => Assert.Contains(":20251009:", m, StringComparison.Ordinal));
        Assert.Equal(mails.Count, mails.Distinct().Count());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TwoConcurrentSweeps_SendExactlyOneNoticeSet(bool bulk)
    {
        var ids = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await StartDueOn("2025-10-09"));
        }

        // 11 Oct (make-up Saturday): overdue notice + escalation step 1 for each.
        fixture.SetChinaTime(new DateTime(2025, 10, 11, 9, 0, 0));
        var results = await Task.WhenAll(Sweep(bulk).SweepAsync(), Sweep(bulk).SweepAsync());

        await using var db = fixture.Database.CreateDbContext();
        foreach (var id in ids)
        {
            var notices = await db.DeadlineNotices.Where(n => n.InstanceId == id).Select(n => new { n.Kind, n.Level }).ToListAsync();
            Assert.Equal(2, notices.Count);
            Assert.Equal(2, (await NotificationsAsync(id, DeadlineSweep.OverdueKey)).Count);
            Assert.Equal(2, (await NotificationsAsync(id, DeadlineSweep.EscalatedKey)).Count);
            var instance = await fixture.InstanceAsync(id);
            Assert.Equal(1, instance.EscalationLevel);
            Assert.Single(await fixture.JournalAsync(id), e => e.Trigger == DeadlineSweep.EscalateTrigger);
        }

        // At least these (the shared database may hold other tests' instances due the same day).
        Assert.True(results.Sum(r => r.Escalations) >= ids.Count);
        Assert.Equal(0, (await Sweep(bulk).SweepAsync()).Notices);
    }

    [Fact]
    public async Task MovedDeadline_GetsItsOwnReminderAndOverdueNotice_AndRestartsTheLadder()
    {
        var id = await StartDueOn("2025-10-09");
        await SweepOn(new DateTime(2025, 9, 30, 9, 0, 0));
        await SweepOn(new DateTime(2025, 10, 10, 9, 0, 0));
        await SweepOn(new DateTime(2025, 10, 11, 9, 0, 0));
        Assert.Equal(1, (await fixture.InstanceAsync(id)).EscalationLevel);

        // The bureau moves the deadline to Wednesday 15 Oct: the ladder restarts at 0.
        var result = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(id, WorkflowBuilder.SetDeadline, new Dictionary<string, string> { ["reason"] = "r", ["dueOn"] = "2025-10-15" }),
            await fixture.UserAsync("bureau@govdata.local"));
        Assert.True(result.Succeeded, result.MessageKey);
        Assert.Equal(0, (await fixture.InstanceAsync(id)).EscalationLevel);

        // 14 Oct: one working day left before the new date; 16 Oct: overdue again. Each once.
        await SweepOn(new DateTime(2025, 10, 14, 9, 0, 0));
        await SweepOn(new DateTime(2025, 10, 14, 10, 0, 0));
        await SweepOn(new DateTime(2025, 10, 16, 9, 0, 0));
        await SweepOn(new DateTime(2025, 10, 16, 10, 0, 0));

        var reminders = await NotificationsAsync(id, DeadlineSweep.ReminderKey);
        Assert.Equal(["2025-10-09", "2025-10-09", "2025-10-15", "2025-10-15"], reminders.Select(n => n.Arguments()[1]).Order());
        var overdue = await NotificationsAsync(id, DeadlineSweep.OverdueKey);
        Assert.Equal(["2025-10-09", "2025-10-09", "2025-10-15", "2025-10-15"], overdue.Select(n => n.Arguments()[1]).Order());
        Assert.Equal(0, (await fixture.InstanceAsync(id)).EscalationLevel);

        // 17 Oct: a whole working day past the new date, the ladder climbs again from step 1.
        await SweepOn(new DateTime(2025, 10, 17, 9, 0, 0));
        Assert.Equal(1, (await fixture.InstanceAsync(id)).EscalationLevel);
        var escalations = await NotificationsAsync(id, DeadlineSweep.EscalatedKey);
        Assert.Equal(["2025-10-09", "2025-10-09", "2025-10-15", "2025-10-15"], escalations.Select(n => n.Arguments()[1]).Order());
    }

    [Fact]
    public async Task Reassign_KeepsTheEscalationLevel()
    {
        var id = await StartDueOn("2025-10-09");
        await SweepOn(new DateTime(2025, 10, 11, 9, 0, 0));
        Assert.Equal(1, (await fixture.InstanceAsync(id)).EscalationLevel);

        var result = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(id, WorkflowBuilder.Reassign, new Dictionary<string, string>
            {
                ["reason"] = "r",
                ["departmentId"] = fixture.DepartmentIds["GA"].ToString(System.Globalization.CultureInfo.InvariantCulture),
            }),
            await fixture.UserAsync("bureau@govdata.local"));
        Assert.True(result.Succeeded, result.MessageKey);

        // Same deadline: the ladder goes on where it was (nothing is sent twice, nothing skipped).
        Assert.Equal(1, (await fixture.InstanceAsync(id)).EscalationLevel);
        await SweepOn(new DateTime(2025, 10, 14, 9, 0, 0));
        Assert.Equal(2, (await fixture.InstanceAsync(id)).EscalationLevel);
        Assert.Equal(2, (await NotificationsAsync(id, DeadlineSweep.EscalatedKey)).Count(n => n.Arguments()[2] == "1"));
    }

    [Fact]
    public async Task BulkClaim_SkipsAnInstanceThatChangedSinceItWasRead()
    {
        var id = await StartDueOn("2025-10-09");
        fixture.SetChinaTime(new DateTime(2025, 10, 11, 9, 0, 0));
        GovData.Domain.Workflows.WorkflowInstance stale;
        await using (var db = fixture.Database.CreateDbContext())
        {
            stale = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == id);
        }

        // Meanwhile the bureau reassigns it (a new revision).
        var reassigned = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(id, WorkflowBuilder.Reassign, new Dictionary<string, string>
            {
                ["reason"] = "r",
                ["departmentId"] = fixture.DepartmentIds["GA"].ToString(System.Globalization.CultureInfo.InvariantCulture),
            }),
            await fixture.UserAsync("bureau@govdata.local"));
        Assert.True(reassigned.Succeeded, reassigned.MessageKey);

        var approver = await fixture.UserIdAsync("approver.ga@govdata.local");
        var step = EscalationSettings.Default().Steps[0];
        PlannedNotice Notice(DeadlineNoticeKind kind, int level) => new(
            kind, level, level == 0 ? null : step, [approver], DeadlineSweep.OverdueKey, [stale.SubjectId, "2025-10-09"], "/workflows/1",
            PlannedNotice.KeyOf(id, kind, level, new DateOnly(2025, 10, 9)));
        var writer = new BulkNoticeWriter(
            fixture.Database.UnitOfWork(fixture.Time), fixture.Get<NotificationOutbox>(), fixture.Get<NotificationHub>(),
            new GovData.Domain.Identity.UserContext(string.Empty, "system", null, false, new HashSet<string>()));

        var result = await writer.WriteAsync(
            [new PlannedInstance(stale, [Notice(DeadlineNoticeKind.Overdue, 0), Notice(DeadlineNoticeKind.Escalation, 1)])],
            new Dictionary<string, string?>(), fixture.Time.GetUtcNow().UtcDateTime, CancellationToken.None);

        Assert.Equal(DeadlineSweepResult.None, result);
        await using var check = fixture.Database.CreateDbContext();
        Assert.False(await check.DeadlineNotices.AnyAsync(n => n.InstanceId == id));
        Assert.Empty(await NotificationsAsync(id, DeadlineSweep.OverdueKey));
        Assert.Empty(await NotificationsAsync(id, DeadlineSweep.EscalatedKey));
        Assert.Equal(0, (await fixture.InstanceAsync(id)).EscalationLevel);

        // The next sweep reads it afresh and sends the notices once.
        await Sweep().SweepAsync();
        Assert.Equal(1, (await fixture.InstanceAsync(id)).EscalationLevel);
        Assert.Equal(2, (await NotificationsAsync(id, DeadlineSweep.OverdueKey)).Count);
    }

    [Fact]
    public async Task ClosedInstance_IsNotSwept()
    {
        var id = await StartDueOn("2025-10-09");
        await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(id, ShareRequestWorkflowV1.Withdraw), await fixture.UserAsync("requester.rs@govdata.local"));

        await SweepOn(new DateTime(2025, 10, 20, 9, 0, 0));

        await using var db = fixture.Database.CreateDbContext();
        Assert.False(await db.DeadlineNotices.AnyAsync(n => n.InstanceId == id));
        Assert.Equal(0, (await fixture.InstanceAsync(id)).EscalationLevel);
    }

    [Fact]
    public void Settings_FromConfiguration_ReplaceTheDefaultLadder()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workflows:Escalation:Steps:0:Recipient"] = "BureauOfficers",
            ["Workflows:Escalation:Steps:0:AfterWorkingDays"] = "3",
            ["Workflows:Escalation:Steps:1:Recipient"] = "ProviderDepartmentLead",
            ["Workflows:Escalation:Steps:1:AfterWorkingDays"] = "1",
        }).Build();

        var settings = EscalationSettings.From(configuration);

        Assert.Equal(
            [(EscalationRecipient.ProviderDepartmentLead, 1), (EscalationRecipient.BureauOfficers, 3)],
            settings.Steps.Select(s => (s.Recipient, s.AfterWorkingDays)));
        Assert.Equal(3, EscalationSettings.From(new ConfigurationBuilder().Build()).Steps.Count);
    }

    [Fact]
    public void DefaultLadder_IsOneThreeFiveWorkingDaysOverdue()
    {
        Assert.Equal(
            [(EscalationRecipient.ProviderApprovers, 1), (EscalationRecipient.ProviderDepartmentLead, 3), (EscalationRecipient.BureauOfficers, 5)],
            EscalationSettings.Default().Steps.Select(s => (s.Recipient, s.AfterWorkingDays)));
    }

    [Fact]
    public async Task Owed_DefaultLadderAcrossNationalDay_StepsOnlyOnLaterWorkingDays()
    {
        var calendar = await fixture.Get<WorkingDayCalendarProvider>().GetAsync();
        var steps = EscalationSettings.Default().Steps;
        var due = new DateOnly(2025, 9, 30);
        IReadOnlyList<(DeadlineNoticeKind, int)> On(int month, int day) => DeadlineSweep.Owed(calendar, new DateOnly(2025, month, day), due, 0, steps);
        var overdue = (DeadlineNoticeKind.Overdue, 0);
        var step1 = (DeadlineNoticeKind.Escalation, 1);
        var step2 = (DeadlineNoticeKind.Escalation, 2);
        var step3 = (DeadlineNoticeKind.Escalation, 3);

        Assert.Empty(On(9, 30));
        // The holidays 1-8 Oct: overdue, but no working day has passed.
        Assert.Equal([overdue], On(10, 3));
        // 9 Oct, the first working day after the due date: still only the overdue notice.
        Assert.Equal([overdue], On(10, 9));
        Assert.Equal([overdue, step1], On(10, 10));
        // 11 Oct is a make-up Saturday (a working day); 12 Oct a Sunday.
        Assert.Equal([overdue, step1], On(10, 11));
        Assert.Equal([overdue, step1], On(10, 12));
        Assert.Equal([overdue, step1, step2], On(10, 13));
        Assert.Equal([overdue, step1, step2], On(10, 14));
        Assert.Equal([overdue, step1, step2, step3], On(10, 15));
        // Steps already reached are not owed again.
        Assert.Equal([overdue, step3], DeadlineSweep.Owed(calendar, new DateOnly(2025, 10, 15), due, 2, steps));
    }

    [Theory]
    [InlineData(DeadlineSweep.ReminderKey)]
    [InlineData(DeadlineSweep.OverdueKey)]
    [InlineData(DeadlineSweep.EscalatedKey)]
    public void NoticeTexts_ExistInChineseAndEnglish(string key)
    {
        var resources = new System.Resources.ResourceManager(typeof(GovData.Web.Localization.NotificationResource));

        var chinese = resources.GetString(key, System.Globalization.CultureInfo.GetCultureInfo("zh-CN"));
        var english = resources.GetString(key, System.Globalization.CultureInfo.GetCultureInfo("en"));

        Assert.Contains("{1}", chinese);
        Assert.Contains("{1}", english);
        Assert.NotEqual(chinese, english);
    }

    private DeadlineSweep Sweep(bool bulk = true) => new(
        fixture.Database,
        fixture.Database.UnitOfWork(fixture.Time),
        fixture.Get<WorkingDayCalendarProvider>(),
        EscalationSettings.Default(),
        fixture.Get<NotificationOutbox>(),
        fixture.Get<NotificationHub>(),
        fixture.Time,
        NullLogger<DeadlineSweep>.Instance)
    {
        UseBulkWrites = bulk,
    };

    private async Task SweepOn(DateTime chinaLocal, bool bulk = true)
    {
        fixture.SetChinaTime(chinaLocal);
        await Sweep(bulk).SweepAsync();
    }

    /// <summary>A share request started on 29 Sep 2025 whose deadline the bureau set to <paramref name="dueOn"/>.</summary>
    private async Task<long> StartDueOn(string dueOn)
    {
        fixture.SetChinaTime(new DateTime(2025, 9, 29, 8, 0, 0));
        var id = await fixture.StartShareRequestAsync();
        var result = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(id, WorkflowBuilder.SetDeadline, new Dictionary<string, string> { ["reason"] = "r", ["dueOn"] = dueOn }),
            await fixture.UserAsync("bureau@govdata.local"));
        Assert.True(result.Succeeded, result.MessageKey);
        return id;
    }

    private async Task<List<Notification>> NotificationsAsync(long id, string key) =>
        (await fixture.NotificationsAsync(id)).Where(n => n.MessageKey == key).ToList();
}

/// <summary>The cases above on SQLite.</summary>
public sealed class DeadlineSweepTests(RuntimeFixture fixture) : DeadlineSweepTestsCases(fixture), IClassFixture<RuntimeFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class DeadlineSweepTestsOnPostgreSql(PostgreSqlRuntimeFixture fixture) : DeadlineSweepTestsCases(fixture), IClassFixture<PostgreSqlRuntimeFixture>;
