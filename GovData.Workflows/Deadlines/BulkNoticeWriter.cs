using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GovData.Domain.Audit;
using GovData.Domain.Identity;
using GovData.Domain.Notifications;
using GovData.Domain.Workflows;
using GovData.Workflows.Mail;
using GovData.Workflows.Notifications;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace GovData.Workflows.Deadlines;

/// <summary>
/// The sweep's bulk path on SQLite and PostgreSQL (see docs/decisions/0010-sweep-bulk-path.md, 0030, 0035): one
/// transaction per batch, which on SQLite holds the write lock from its start; on PostgreSQL it first locks the batch's
/// instance rows (<c>SELECT … ORDER BY Id FOR UPDATE</c>, in id order so two sweeps never deadlock), so no transition or
/// other sweep changes them until it commits and every revision check stays true, as on SQLite. Each notice is claimed
/// by a conditional <c>INSERT … SELECT … WHERE EXISTS (the instance is open, still due that day, still at the revision
/// we read) ON CONFLICT DO NOTHING</c>; only a row actually inserted is sent: its notifications, outbox e-mails and
/// (escalation) journal entry are written by the provider's <see cref="INoticeBatchRows"/> (prepared statements on
/// SQLite; one claim statement and binary COPY on PostgreSQL). An escalation changes the instance through the domain
/// (<see cref="WorkflowInstance.Escalate"/>), is written by a revision-checked UPDATE, and is audited as one entry per
/// instance (the same action, entity, key and old/new summary EF's audited save writes), appended to the hash chain by
/// the normal audited SaveChanges at the end of the batch, in the same transaction.
/// </summary>
internal sealed class BulkNoticeWriter(
    UnitOfWork unitOfWork, NotificationOutbox outbox, NotificationHub hub, UserContext actor)
{
    public async Task<DeadlineSweepResult> WriteAsync(
        IReadOnlyList<PlannedInstance> plans, IReadOnlyDictionary<string, string?> addresses, DateTime now, CancellationToken cancellationToken)
    {
        var recipients = new HashSet<string>(StringComparer.Ordinal);
        var result = await unitOfWork.RunAsync(actor, (db, ct) =>
        {
            // A retried attempt starts with nobody to signal.
            recipients.Clear();
            return WriteBatchAsync(db, plans, addresses, now, recipients, ct);
        }, cancellationToken);
        await hub.PublishAsync(recipients);
        return result;
    }

    private async Task<DeadlineSweepResult> WriteBatchAsync(
        GovDataDbContext db,
        IReadOnlyList<PlannedInstance> plans,
        IReadOnlyDictionary<string, string?> addresses,
        DateTime now,
        HashSet<string> recipients,
        CancellationToken cancellationToken)
    {
        using INoticeBatchRows rows = db.Database.IsNpgsql()
            ? await PostgreSqlNoticeRows.StartAsync(db, plans, now, cancellationToken)
            : new PreparedNoticeRows(db);

        int notices = 0, notifications = 0, escalations = 0;
        foreach (var (instance, planned) in plans)
        {
            // Every claim of this instance is checked against the revision we read: its own escalation is written
            // after its claims, and nobody else can write while this transaction holds the lock.
            var read = (instance.Revision, instance.EscalationLevel, instance.LastTransitionAtUtc);
            var due = instance.DueOn!.Value;
            foreach (var notice in planned)
            {
                if (!await rows.ClaimAsync(instance, notice, due, read.Revision, now, cancellationToken))
                {
                    continue;
                }

                notices++;
                if (notice.Step is { } step)
                {
                    instance.Escalate(notice.Level, now);
                    var entry = new WorkflowJournalEntry(
                        instance, instance.State, DeadlineSweep.EscalateTrigger, null, WorkflowJournalEntry.SystemActor, null, null,
                        DeadlineSweep.EscalationArguments(notice.Level, step), due, now);
                    await rows.AddJournalAsync(entry, instance.Id, cancellationToken);
                    escalations++;
                }

                var messages = notice.Notifications(now);
                foreach (var message in messages)
                {
                    await rows.AddNotificationAsync(message, cancellationToken);
                    recipients.Add(message.RecipientUserId);
                }

                foreach (var email in outbox.Mails(notice.OutboxKey, messages, addresses))
                {
                    await rows.AddMailAsync(email, cancellationToken);
                }

                notifications += messages.Count;
            }

            if (instance.Revision != read.Revision)
            {
                await rows.UpdateEscalatedAsync(instance, read.Revision, cancellationToken);
                db.RecordEvent(
                    AuditActions.Update, nameof(WorkflowInstance), instance.Id.ToString(CultureInfo.InvariantCulture),
                    AuditSummaryOf(read, instance));
            }
        }

        await rows.FlushAsync(cancellationToken);
        // Appends the audit entries of the escalations to the hash chain, in this transaction.
        await db.SaveChangesAsync(cancellationToken);
        return new DeadlineSweepResult(notices, notifications, escalations);
    }

    /// <summary>The summary EF's audited save writes for this change: the changed properties, in the model's order,
    /// as <c>{"old":…,"new":…}</c>.</summary>
    internal static string AuditSummaryOf((int Revision, int EscalationLevel, DateTime LastTransitionAtUtc) before, WorkflowInstance after)
    {
        var buffer = new ArrayBufferWriter<byte>(160);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject(nameof(WorkflowInstance.EscalationLevel));
            json.WriteNumber("old", before.EscalationLevel);
            json.WriteNumber("new", after.EscalationLevel);
            json.WriteEndObject();
            if (before.LastTransitionAtUtc != after.LastTransitionAtUtc)
            {
                json.WriteStartObject(nameof(WorkflowInstance.LastTransitionAtUtc));
                json.WriteString("old", Utc(before.LastTransitionAtUtc));
                json.WriteString("new", Utc(after.LastTransitionAtUtc));
                json.WriteEndObject();
            }

            json.WriteStartObject(nameof(WorkflowInstance.Revision));
            json.WriteNumber("old", before.Revision);
            json.WriteNumber("new", after.Revision);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Utc(DateTime value) =>
        DateTime.SpecifyKind(value, value.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : value.Kind)
            .ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
