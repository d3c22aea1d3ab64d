using GovData.Domain.Notifications;
using GovData.Tests.Workflows.Runtime;
using GovData.Workflows.Calendar;
using GovData.Workflows.Deadlines;
using GovData.Workflows.Mail;
using GovData.Workflows.Runtime;
using GovData.Workflows.Runtime.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovData.Tests.Workflows.Deadlines;

public sealed class DeadlineSweepTests(RuntimeFixture fixture) : IClassFixture<RuntimeFixture>
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

    [Fact]
    public async Task Overdue_ThenEachEscalationStep_CountsTheMakeUpSaturday_EachOnce()
    {
        var id = await StartDueOn("2025-10-09");
        var approvers = new[] { await fixture.UserIdAsync("approver.ga@govdata.local"), await fixture.UserIdAsync(RuntimeFixture.SecondApproverEmail) };
        var lead = await fixture.UserIdAsync("lead.ga@govdata.local");
        var bureau = await fixture.UserIdAsync("bureau@govdata.local");

        // Due day itself: not overdue yet.
        await SweepOn(new DateTime(2025, 10, 9, 18, 0, 0));
        Assert.Empty(await NotificationsAsync(id, DeadlineSweep.OverdueKey));

        // 10 Oct: overdue notice to the assignees and step 1 (the provider's approvers, after 0 working days).
        await SweepOn(new DateTime(2025, 10, 10, 0, 1, 0));
        await SweepOn(new DateTime(2025, 10, 10, 9, 0, 0));
        Assert.Equal(approvers.Order(StringComparer.Ordinal), (await NotificationsAsync(id, DeadlineSweep.OverdueKey)).Select(n => n.RecipientUserId).Order(StringComparer.Ordinal));
        Assert.Equal(1, (await fixture.InstanceAsync(id)).EscalationLevel);

        // 11 Oct is a make-up Saturday: two working days past due, step 2 (the department lead).
        await SweepOn(new DateTime(2025, 10, 11, 9, 0, 0));
        Assert.Equal(2, (await fixture.InstanceAsync(id)).EscalationLevel);
        await SweepOn(new DateTime(2025, 10, 12, 9, 0, 0));
        await SweepOn(new DateTime(2025, 10, 13, 9, 0, 0));
        Assert.Equal(2, (await fixture.InstanceAsync(id)).EscalationLevel);

        // 14 Oct: four working days past due, step 3 (the bureau's officers).
        await SweepOn(new DateTime(2025, 10, 14, 9, 0, 0));
        await SweepOn(new DateTime(2025, 10, 15, 9, 0, 0));

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

        await using var db = fixture.Database.CreateDbContext();
        var notices = await db.DeadlineNotices.Where(n => n.InstanceId == id).Select(n => new { n.Kind, n.Level }).ToListAsync();
        Assert.Equal(4, notices.Count);
        Assert.Equal(3, notices.Count(n => n.Kind == DeadlineNoticeKind.Escalation));
    }

    [Fact]
    public async Task TwoConcurrentSweeps_SendExactlyOneNoticeSet()
    {
        var ids = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await StartDueOn("2025-10-09"));
        }

        fixture.SetChinaTime(new DateTime(2025, 10, 10, 9, 0, 0));
        var results = await Task.WhenAll(Sweep().SweepAsync(), Sweep().SweepAsync());

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

        Assert.True(results.Sum(r => r.Escalations) >= ids.Count);
        Assert.Equal(0, (await Sweep().SweepAsync()).Notices);
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
    public async Task Owed_OnAHolidayAfterTheDueDate_IsOverdueByOneWorkingDayAtLeast()
    {
        var calendar = await fixture.Get<WorkingDayCalendarProvider>().GetAsync();
        var steps = EscalationSettings.Default().Steps;

        // Due Tuesday 30 Sep; on 3 Oct (holiday) it is overdue: step 1 only (no working day has passed since).
        var owed = DeadlineSweep.Owed(calendar, new DateOnly(2025, 10, 3), new DateOnly(2025, 9, 30), 0, steps);

        Assert.Equal([(DeadlineNoticeKind.Overdue, 0), (DeadlineNoticeKind.Escalation, 1)], owed);
        Assert.Empty(DeadlineSweep.Owed(calendar, new DateOnly(2025, 9, 30), new DateOnly(2025, 9, 30), 0, steps));
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

    private DeadlineSweep Sweep() => new(
        fixture.Database,
        fixture.Get<WorkingDayCalendarProvider>(),
        EscalationSettings.Default(),
        fixture.Get<NotificationOutbox>(),
        fixture.Time,
        NullLogger<DeadlineSweep>.Instance);

    private async Task SweepOn(DateTime chinaLocal)
    {
        fixture.SetChinaTime(chinaLocal);
        await Sweep().SweepAsync();
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
