using System.Globalization;
using System.Text.Json;
using GovData.Domain.Calendar;
using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Domain.Notifications;
using GovData.Domain.Time;
using GovData.Domain.Workflows;
using GovData.Workflows.Calendar;
using GovData.Workflows.Mail;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovData.Workflows.Deadlines;

/// <summary>What one sweep did: notices claimed, notifications written, instances escalated.</summary>
public sealed record DeadlineSweepResult(int Notices, int Notifications, int Escalations);

/// <summary>
/// The deadline sweep (a recurring job, every minute, Asia/Shanghai): over the stored due dates of open instances it
/// sends the reminder (one working day left), the overdue notice (the due date has passed) and the escalation ladder
/// (<see cref="EscalationSettings"/>; each step raises the instance's escalation level, journalled as the system).
/// Each (instance, kind, level) is claimed once in <see cref="DeadlineNotice"/>, inside the transaction that writes its
/// notifications: a second run, or a second server, sends nothing. It takes no state; it reads fresh data, in batches,
/// only instances whose due date is within one working day (the index on ClosedAtUtc, DueOn).
/// </summary>
public sealed class DeadlineSweep(
    IDbContextFactory<GovDataDbContext> contextFactory,
    WorkingDayCalendarProvider calendars,
    EscalationSettings settings,
    NotificationOutbox outbox,
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

    public const int BatchSize = 1000;

    private static readonly UserContext SystemUser = new(string.Empty, WorkflowJournalEntry.SystemActor, null, false, new HashSet<string>());

    public Task RunAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    public async Task<DeadlineSweepResult> SweepAsync(CancellationToken cancellationToken = default)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var today = ChinaTime.Today(time);
        // Nothing due later than the next working day needs anything today.
        var reach = calendar.AddWorkingDays(today, 1);
        var recipients = new RecipientDirectory(contextFactory);
        var total = new DeadlineSweepResult(0, 0, 0);
        DateOnly lastDue = DateOnly.MinValue;
        long lastId = 0;
        while (true)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            db.ActingAs(SystemUser);
            var batch = await db.WorkflowInstances
                .Where(i => i.ClosedAtUtc == null && i.DueOn != null && i.DueOn <= reach
                    && (i.DueOn > lastDue || (i.DueOn == lastDue && i.Id > lastId)))
                .OrderBy(i => i.DueOn).ThenBy(i => i.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            lastDue = batch[^1].DueOn!.Value;
            lastId = batch[^1].Id;
            var result = await SweepBatchAsync(db, batch, calendar, today, recipients, cancellationToken);
            total = new DeadlineSweepResult(
                total.Notices + result.Notices, total.Notifications + result.Notifications, total.Escalations + result.Escalations);
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
    /// working day is left; once the due date has passed, the overdue notice and every escalation step whose working
    /// days past the due date are reached and whose level the instance has not reached yet.</summary>
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
        for (var level = escalationLevel + 1; level <= steps.Count && pastDue >= steps[level - 1].AfterWorkingDays; level++)
        {
            owed.Add((DeadlineNoticeKind.Escalation, level));
        }

        return owed;
    }

    private async Task<DeadlineSweepResult> SweepBatchAsync(
        GovDataDbContext db,
        List<WorkflowInstance> batch,
        WorkingDayCalendar calendar,
        DateOnly today,
        RecipientDirectory recipients,
        CancellationToken cancellationToken)
    {
        var owed = batch
            .Select(i => (Instance: i, Notices: Owed(calendar, today, i.DueOn!.Value, i.EscalationLevel, settings.Steps)))
            .Where(x => x.Notices.Count > 0)
            .ToList();
        if (owed.Count == 0)
        {
            return new DeadlineSweepResult(0, 0, 0);
        }

        var ids = owed.Select(x => x.Instance.Id).ToList();
        var claimed = (await db.DeadlineNotices.AsNoTracking()
                .Where(n => ids.Contains(n.InstanceId))
                .Select(n => new { n.InstanceId, n.Kind, n.Level })
                .ToListAsync(cancellationToken))
            .Select(n => (n.InstanceId, n.Kind, n.Level))
            .ToHashSet();
        var pending = owed
            .Select(x => (x.Instance, Notices: x.Notices.Where(n => !claimed.Contains((x.Instance.Id, n.Kind, n.Level))).ToList()))
            .Where(x => x.Notices.Count > 0)
            .ToList();
        if (pending.Count == 0)
        {
            return new DeadlineSweepResult(0, 0, 0);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var result = new DeadlineSweepResult(0, 0, 0);
        foreach (var (instance, notices) in pending)
        {
            result = Add(result, await ApplyAsync(db, instance, notices, recipients, now, cancellationToken));
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await outbox.PublishCommittedAsync(db);
            return result;
        }
        catch (DbUpdateException)
        {
            // Another sweep claimed some of these (or an instance moved) meanwhile: nothing of this batch was saved.
            // Take the instances one by one over fresh rows; each either wins its claims or skips them.
        }

        result = new DeadlineSweepResult(0, 0, 0);
        foreach (var (instance, _) in pending)
        {
            result = Add(result, await SweepOneAsync(instance.Id, calendar, today, recipients, cancellationToken));
        }

        return result;
    }

    private async Task<DeadlineSweepResult> SweepOneAsync(
        long instanceId, WorkingDayCalendar calendar, DateOnly today, RecipientDirectory recipients, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ActingAs(SystemUser);
        var instance = await db.WorkflowInstances.SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (instance is null || instance.IsClosed || instance.DueOn is not { } due)
        {
            return new DeadlineSweepResult(0, 0, 0);
        }

        var claimed = await db.DeadlineNotices.AsNoTracking()
            .Where(n => n.InstanceId == instanceId)
            .Select(n => new { n.Kind, n.Level })
            .ToListAsync(cancellationToken);
        var notices = Owed(calendar, today, due, instance.EscalationLevel, settings.Steps)
            .Where(n => !claimed.Any(c => c.Kind == n.Kind && c.Level == n.Level))
            .ToList();
        if (notices.Count == 0)
        {
            return new DeadlineSweepResult(0, 0, 0);
        }

        var result = await ApplyAsync(db, instance, notices, recipients, time.GetUtcNow().UtcDateTime, cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await outbox.PublishCommittedAsync(db);
            return result;
        }
        catch (DbUpdateException)
        {
            // Lost the claim to the other sweep: it sent these notices.
            return new DeadlineSweepResult(0, 0, 0);
        }
    }

    /// <summary>Adds the claims, the notifications and (for escalations) the new level and its journal entry.</summary>
    private async Task<DeadlineSweepResult> ApplyAsync(
        GovDataDbContext db,
        WorkflowInstance instance,
        IReadOnlyList<(DeadlineNoticeKind Kind, int Level)> notices,
        RecipientDirectory recipients,
        DateTime now,
        CancellationToken cancellationToken)
    {
        var due = instance.DueOn!.Value;
        var dueText = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var link = "/workflows/" + instance.Id.ToString(CultureInfo.InvariantCulture);
        int notifications = 0, escalations = 0;
        foreach (var (kind, level) in notices)
        {
            db.DeadlineNotices.Add(new DeadlineNotice(instance.Id, kind, level, due, now));
            IReadOnlyList<string> to;
            string key;
            string[] arguments;
            if (kind == DeadlineNoticeKind.Escalation)
            {
                var step = settings.Steps[level - 1];
                to = await recipients.OfStepAsync(step.Recipient, instance, cancellationToken);
                key = EscalatedKey;
                arguments = [instance.SubjectId, dueText, level.ToString(CultureInfo.InvariantCulture)];
                var before = instance.DueOn;
                instance.Escalate(level, now);
                var journal = JsonSerializer.Serialize(new { level = level.ToString(CultureInfo.InvariantCulture), recipient = step.Recipient.ToString() });
                db.WorkflowJournal.Add(new WorkflowJournalEntry(
                    instance, instance.State, EscalateTrigger, null, WorkflowJournalEntry.SystemActor, null, null, journal, before, now));
                escalations++;
            }
            else
            {
                to = await recipients.AssigneesAsync(instance, cancellationToken);
                key = kind == DeadlineNoticeKind.Reminder ? ReminderKey : OverdueKey;
                arguments = [instance.SubjectId, dueText];
            }

            var messages = to.Select(recipient => new Notification(recipient, key, arguments, link, now)).ToList();
            var outboxKey = string.Create(CultureInfo.InvariantCulture, $"deadline:{instance.Id}:{(int)kind}:{level}");
            await outbox.AddAsync(db, outboxKey, messages, cancellationToken, recipients.Addresses);
            notifications += messages.Count;
        }

        return new DeadlineSweepResult(notices.Count, notifications, escalations);
    }

    private static DeadlineSweepResult Add(DeadlineSweepResult a, DeadlineSweepResult b) =>
        new(a.Notices + b.Notices, a.Notifications + b.Notifications, a.Escalations + b.Escalations);

    /// <summary>The holders of a role in a department, read once per sweep.</summary>
    private sealed class RecipientDirectory(IDbContextFactory<GovDataDbContext> contextFactory)
    {
        private readonly Dictionary<(int Department, string Role), IReadOnlyList<string>> _users = [];

        /// <summary>Confirmed e-mail addresses by user id (null: none), shared with the outbox for one sweep.</summary>
        public Dictionary<string, string?> Addresses { get; } = new(StringComparer.Ordinal);
        private int? _bureau;
        private bool _bureauRead;

        public Task<IReadOnlyList<string>> AssigneesAsync(WorkflowInstance instance, CancellationToken cancellationToken) =>
            instance.AssigneeDepartmentId is { } department && instance.AssigneeRole is { } role
                ? HoldersAsync(department, role, cancellationToken)
                : Task.FromResult<IReadOnlyList<string>>([]);

        public async Task<IReadOnlyList<string>> OfStepAsync(EscalationRecipient recipient, WorkflowInstance instance, CancellationToken cancellationToken)
        {
            switch (recipient)
            {
                case EscalationRecipient.ProviderApprovers:
                    return await HoldersAsync(instance.ProviderDepartmentId, Roles.Approver, cancellationToken);
                case EscalationRecipient.ProviderDepartmentLead:
                    return await HoldersAsync(instance.ProviderDepartmentId, Roles.DepartmentLead, cancellationToken);
                default:
                    var bureau = await BureauAsync(cancellationToken);
                    return bureau is { } id ? await HoldersAsync(id, Roles.BureauOfficer, cancellationToken) : [];
            }
        }

        private async Task<IReadOnlyList<string>> HoldersAsync(int department, string role, CancellationToken cancellationToken)
        {
            if (_users.TryGetValue((department, role), out var cached))
            {
                return cached;
            }

            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var users = await (
                from user in db.Users
                where user.DepartmentId == department
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join r in db.Roles on userRole.RoleId equals r.Id
                where r.Name == role
                select user.Id).Distinct().ToListAsync(cancellationToken);
            users.Sort(StringComparer.Ordinal);
            _users[(department, role)] = users;
            return users;
        }

        private async Task<int?> BureauAsync(CancellationToken cancellationToken)
        {
            if (!_bureauRead)
            {
                await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
                _bureau = await db.Departments.AsNoTracking()
                    .Where(d => d.Kind == DepartmentKind.DataBureau)
                    .OrderBy(d => d.Level).ThenBy(d => d.Id)
                    .Select(d => (int?)d.Id)
                    .FirstOrDefaultAsync(cancellationToken);
                _bureauRead = true;
            }

            return _bureau;
        }
    }
}
