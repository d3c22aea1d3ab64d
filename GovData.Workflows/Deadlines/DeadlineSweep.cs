using System.Globalization;
using System.Text.Json;
using GovData.Domain.Calendar;
using GovData.Domain.Identity;
using GovData.Domain.Notifications;
using GovData.Domain.Time;
using GovData.Domain.Workflows;
using GovData.Workflows.Calendar;
using GovData.Workflows.Mail;
using GovData.Workflows.Notifications;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovData.Workflows.Deadlines;

/// <summary>What one sweep did: notices claimed, notifications written, instances escalated.</summary>
public sealed record DeadlineSweepResult(int Notices, int Notifications, int Escalations)
{
    public static DeadlineSweepResult None { get; } = new(0, 0, 0);

    public static DeadlineSweepResult operator +(DeadlineSweepResult a, DeadlineSweepResult b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Notices + b.Notices, a.Notifications + b.Notifications, a.Escalations + b.Escalations);
    }
}

/// <summary>
/// The deadline sweep (a recurring job, every minute, Asia/Shanghai): over the stored due dates of open instances it
/// sends the reminder (one working day left), the overdue notice (the due date has passed) and the escalation ladder
/// (<see cref="EscalationSettings"/>; each step raises the instance's escalation level, journalled as the system and
/// audited). Each (instance, kind, level, due date) is claimed once in <see cref="DeadlineNotice"/>, inside the
/// transaction that writes its notifications: a second run, or a second server, sends nothing. It takes no state; it
/// reads fresh data, in batches, only instances whose due date is within one working day (the index on ClosedAtUtc,
/// DueOn), plans outside any transaction, then writes a batch in one short transaction: on SQLite by prepared
/// statements (<see cref="BulkNoticeWriter"/>), elsewhere through EF (<see cref="TrackedNoticeWriter"/>).
/// </summary>
public sealed class DeadlineSweep(
    IDbContextFactory<GovDataDbContext> contextFactory,
    UnitOfWork unitOfWork,
    WorkingDayCalendarProvider calendars,
    EscalationSettings settings,
    NotificationOutbox outbox,
    NotificationHub hub,
    TimeProvider time,
    ILogger<DeadlineSweep> logger)
{
    public const string JobId = "deadline-sweep";

    /// <summary>Every minute (the jobs' time zone is Asia/Shanghai).</summary>
    public const string Cron = "* * * * *";

    public const string EscalateTrigger = "Escalate";
    public const string ReminderKey = "Deadline.Notification.Reminder";
    public const string OverdueKey = "Deadline.Notification.Overdue";
    public const string EscalatedKey = "Deadline.Notification.Escalated";

    /// <summary>Instances read, planned and written per transaction: the write lock is held for one batch only.</summary>
    public const int BatchSize = 1000;

    private static readonly UserContext SystemUser = new(string.Empty, WorkflowJournalEntry.SystemActor, null, false, new HashSet<string>());

    /// <summary>Off: the EF path on SQLite too (tests keep it covered; SQL Server always takes it).</summary>
    internal bool UseBulkWrites { get; init; } = true;

    public Task RunAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    public async Task<DeadlineSweepResult> SweepAsync(CancellationToken cancellationToken = default)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var today = ChinaTime.Today(time);
        // Nothing due later than the next working day needs anything today.
        var reach = calendar.AddWorkingDays(today, 1);
        var recipients = new RecipientDirectory(contextFactory);
        var total = DeadlineSweepResult.None;
        var lastDue = DateOnly.MinValue;
        long lastId = 0;
        bool? bulk = null;
        while (true)
        {
            List<PlannedInstance> plans;
            await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
            {
                bulk ??= UseBulkWrites && (db.Database.IsSqlite() || db.Database.IsNpgsql());
                // Keyset paging in the index's order (ClosedAtUtc, DueOn, Id): "DueOn >= lastDue" bounds the index range
                // (the OR alone does not); ClosedAtUtc leads the ORDER BY because PostgreSQL's planner does not take
                // "IS NULL" as a constant column, and would otherwise sort everything within reach for every batch.
                var batch = await db.WorkflowInstances.AsNoTracking()
                    .Where(i => i.ClosedAtUtc == null && i.DueOn != null && i.DueOn <= reach && i.DueOn >= lastDue
                        && (i.DueOn > lastDue || i.Id > lastId))
                    .OrderBy(i => i.ClosedAtUtc).ThenBy(i => i.DueOn).ThenBy(i => i.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                lastDue = batch[^1].DueOn!.Value;
                lastId = batch[^1].Id;
                plans = await PlanAsync(db, batch, calendar, today, recipients, cancellationToken);
            }

            if (plans.Count == 0)
            {
                continue;
            }

            var now = time.GetUtcNow().UtcDateTime;
            total += bulk.Value
                ? await new BulkNoticeWriter(unitOfWork, outbox, hub, SystemUser).WriteAsync(plans, recipients.Addresses, now, cancellationToken)
                : await new TrackedNoticeWriter(unitOfWork, outbox, SystemUser).WriteAsync(plans, recipients.Addresses, now, cancellationToken);
        }

        if (total.Notices > 0)
        {
            logger.LogInformation(
                "Deadline sweep: {Notices} notices, {Notifications} notifications, {Escalations} escalations.",
                total.Notices, total.Notifications, total.Escalations);
        }

        return total;
    }

    /// <summary>The notices an instance is owed on <paramref name="today"/> (claimed or not): the reminder when one
    /// working day is left; once the due date has passed, the overdue notice and every escalation step the instance
    /// has not reached yet whose whole working days overdue have passed (a step of N is owed from the (N + 1)th working
    /// day after the due date: the first one is the overdue notice's).</summary>
    public static IReadOnlyList<(DeadlineNoticeKind Kind, int Level)> Owed(
        WorkingDayCalendar calendar, DateOnly today, DateOnly due, int escalationLevel, IReadOnlyList<EscalationStep> steps)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(steps);
        if (today <= due)
        {
            return calendar.WorkingDaysRemaining(today, due) == 1 ? [(DeadlineNoticeKind.Reminder, 0)] : [];
        }

        var owed = new List<(DeadlineNoticeKind, int)> { (DeadlineNoticeKind.Overdue, 0) };
        var pastDue = calendar.WorkingDaysBetween(due, today);
        for (var level = escalationLevel + 1; level <= steps.Count && pastDue > steps[level - 1].AfterWorkingDays; level++)
        {
            owed.Add((DeadlineNoticeKind.Escalation, level));
        }

        return owed;
    }

    /// <summary>The journal arguments of an escalation.</summary>
    internal static string EscalationArguments(int level, EscalationStep step) =>
        JsonSerializer.Serialize(new { level = level.ToString(CultureInfo.InvariantCulture), recipient = step.Recipient.ToString() });

    /// <summary>What each instance of a batch is owed and nobody has claimed yet (a second sweep only reads), with
    /// its recipients and texts.</summary>
    private async Task<List<PlannedInstance>> PlanAsync(
        GovDataDbContext db,
        List<WorkflowInstance> batch,
        WorkingDayCalendar calendar,
        DateOnly today,
        RecipientDirectory recipients,
        CancellationToken cancellationToken)
    {
        var owed = batch
            .Select(i => (Instance: i, Notices: Owed(calendar, today, i.DueOn!.Value, i.EscalationLevel, settings.StepsFor(i.DefinitionName))))
            .Where(x => x.Notices.Count > 0)
            .ToList();
        if (owed.Count == 0)
        {
            return [];
        }

        var ids = owed.Select(x => x.Instance.Id).ToList();
        var claimed = (await db.DeadlineNotices.AsNoTracking()
                .Where(n => ids.Contains(n.InstanceId))
                .Select(n => new { n.InstanceId, n.Kind, n.Level, n.DueOn })
                .ToListAsync(cancellationToken))
            .Select(n => (n.InstanceId, n.Kind, n.Level, n.DueOn))
            .ToHashSet();
        var plans = new List<PlannedInstance>();
        foreach (var (instance, notices) in owed)
        {
            var due = instance.DueOn!.Value;
            var pending = notices.Where(n => !claimed.Contains((instance.Id, n.Kind, n.Level, due))).ToList();
            if (pending.Count == 0)
            {
                continue;
            }

            var planned = new List<PlannedNotice>(pending.Count);
            foreach (var (kind, level) in pending)
            {
                planned.Add(await PlanNoticeAsync(instance, kind, level, recipients, cancellationToken));
            }

            plans.Add(new PlannedInstance(instance, planned));
        }

        return plans;
    }

    private async Task<PlannedNotice> PlanNoticeAsync(
        WorkflowInstance instance, DeadlineNoticeKind kind, int level, RecipientDirectory recipients, CancellationToken cancellationToken)
    {
        var due = instance.DueOn!.Value;
        var dueText = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var link = "/workflows/" + instance.Id.ToString(CultureInfo.InvariantCulture);
        var outboxKey = PlannedNotice.KeyOf(instance.Id, kind, level, due);
        if (kind == DeadlineNoticeKind.Escalation)
        {
            var step = settings.StepsFor(instance.DefinitionName)[level - 1];
            return new PlannedNotice(
                kind, level, step, await recipients.OfStepAsync(step.Recipient, instance, cancellationToken), EscalatedKey,
                [instance.SubjectId, dueText, level.ToString(CultureInfo.InvariantCulture)], link, outboxKey);
        }

        return new PlannedNotice(
            kind, level, null, await recipients.AssigneesAsync(instance, cancellationToken),
            kind == DeadlineNoticeKind.Reminder ? ReminderKey : OverdueKey, [instance.SubjectId, dueText], link, outboxKey);
    }
}
