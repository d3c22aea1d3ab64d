using GovData.Domain.Identity;
using GovData.Domain.Notifications;
using GovData.Domain.Workflows;
using GovData.Workflows.Mail;
using GovData.Workflows.Notifications;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Deadlines;

/// <summary>
/// The sweep's bulk path on SQLite (see docs/decisions/0010-sweep-bulk-path.md): one transaction per batch, which on
/// SQLite holds the write lock from its start. Each notice is claimed by a conditional
/// <c>INSERT … SELECT … WHERE EXISTS (the instance is open, still due that day, still at the revision we read)
/// ON CONFLICT DO NOTHING</c>; only a row actually inserted is sent: its notifications, outbox e-mails and (escalation)
/// journal entry are inserted by prepared statements. Escalated instances are attached and changed through the domain
/// (<see cref="WorkflowInstance.Escalate"/>) and saved by the normal audited SaveChanges at the end of the batch, so
/// each gets its UPDATE (revision-checked) and its own audit entry as before.
/// </summary>
internal sealed class SqliteNoticeWriter(
    IDbContextFactory<GovDataDbContext> contextFactory, NotificationOutbox outbox, NotificationHub hub, UserContext actor)
{
    public async Task<DeadlineSweepResult> WriteAsync(
        IReadOnlyList<PlannedInstance> plans, IReadOnlyDictionary<string, string?> addresses, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ActingAs(actor);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var revision = db.Model.FindEntityType(typeof(WorkflowInstance))!.FindProperty(nameof(WorkflowInstance.Revision))!;
        using var claim = new PreparedInsert<DeadlineNotice>(db, ClaimCondition(db), [(ExpectedRevision, revision)], ignoreConflicts: true);
        using var notification = new PreparedInsert<Notification>(db);
        using var mail = new PreparedInsert<OutboxEmail>(db);
        using var journal = new PreparedInsert<WorkflowJournalEntry>(db);

        int notices = 0, notifications = 0, escalations = 0;
        var recipients = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (instance, planned) in plans)
        {
            // Every claim of this instance is checked against the revision we read: its own escalations below are
            // saved at the end of the batch, and nobody else can write while this transaction holds the lock.
            var readRevision = instance.Revision;
            var due = instance.DueOn!.Value;
            var attached = false;
            foreach (var notice in planned)
            {
                claim.Bind(new DeadlineNotice(instance.Id, notice.Kind, notice.Level, due, now)).Set(ExpectedRevision, readRevision);
                if (await claim.ExecuteAsync(cancellationToken) == 0)
                {
                    continue;
                }

                notices++;
                if (notice.Step is { } step)
                {
                    if (!attached)
                    {
                        db.WorkflowInstances.Attach(instance);
                        attached = true;
                    }

                    instance.Escalate(notice.Level, now);
                    var entry = new WorkflowJournalEntry(
                        instance, instance.State, DeadlineSweep.EscalateTrigger, null, WorkflowJournalEntry.SystemActor, null, null,
                        DeadlineSweep.EscalationArguments(notice.Level, step), due, now);
                    await journal.Bind(entry).Set(nameof(WorkflowJournalEntry.InstanceId), instance.Id).ExecuteAsync(cancellationToken);
                    escalations++;
                }

                var messages = notice.Notifications(now);
                foreach (var message in messages)
                {
                    await notification.Bind(message).ExecuteAsync(cancellationToken);
                    recipients.Add(message.RecipientUserId);
                }

                foreach (var email in outbox.Mails(notice.OutboxKey, messages, addresses))
                {
                    await mail.Bind(email).ExecuteAsync(cancellationToken);
                }

                notifications += messages.Count;
            }
        }

        // The escalated instances: UPDATE with the revision check, and their audit entries (hash chain), in this transaction.
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await hub.PublishAsync(recipients);
        return new DeadlineSweepResult(notices, notifications, escalations);
    }

    private const string ExpectedRevision = "ExpectedRevision";

    private static Func<PreparedInsert<DeadlineNotice>, string> ClaimCondition(GovDataDbContext db) => insert =>
    {
        var sql = insert.Sql;
        var type = db.Model.FindEntityType(typeof(WorkflowInstance))!;
        string Column(string property) => sql.DelimitIdentifier(type.FindProperty(property)!.GetColumnName());
        return $"EXISTS (SELECT 1 FROM {sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema())}"
            + $" WHERE {Column(nameof(WorkflowInstance.Id))} = {insert.Placeholder(nameof(DeadlineNotice.InstanceId))}"
            + $" AND {Column(nameof(WorkflowInstance.Revision))} = {insert.Placeholder(ExpectedRevision)}"
            + $" AND {Column(nameof(WorkflowInstance.ClosedAtUtc))} IS NULL"
            + $" AND {Column(nameof(WorkflowInstance.DueOn))} = {insert.Placeholder(nameof(DeadlineNotice.DueOn))})";
    };
}
