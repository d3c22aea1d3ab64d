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
/// The sweep's bulk path on SQLite and PostgreSQL (see docs/decisions/0010-sweep-bulk-path.md, 0030): one transaction
/// per batch, which on SQLite holds the write lock from its start; on PostgreSQL it first locks the batch's instance
/// rows (<c>SELECT … ORDER BY Id FOR UPDATE</c>, in id order so two sweeps never deadlock), so no transition or other
/// sweep changes them until it commits and every revision check below stays true, as on SQLite. Each notice is claimed by a conditional
/// <c>INSERT … SELECT … WHERE EXISTS (the instance is open, still due that day, still at the revision we read)
/// ON CONFLICT DO NOTHING</c>; only a row actually inserted is sent: its notifications, outbox e-mails and (escalation)
/// journal entry are inserted by prepared statements. An escalation changes the instance through the domain
/// (<see cref="WorkflowInstance.Escalate"/>), is written by a revision-checked UPDATE, and is audited as one entry per
/// instance (the same action, entity, key and old/new summary EF's audited save writes), appended to the hash chain by
/// the normal audited SaveChanges at the end of the batch, in the same transaction.
/// </summary>
internal sealed class BulkNoticeWriter(
    UnitOfWork unitOfWork, NotificationOutbox outbox, NotificationHub hub, UserContext actor)
{
    private const string ExpectedRevision = "ExpectedRevision";

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
        var instanceType = db.Model.FindEntityType(typeof(WorkflowInstance))!;
        if (db.Database.IsNpgsql())
        {
            await LockInstancesAsync(db, instanceType, plans, cancellationToken);
        }

        using var claim = new PreparedInsert<DeadlineNotice>(
            db, ClaimCondition(instanceType), [(ExpectedRevision, instanceType.FindProperty(nameof(WorkflowInstance.Revision))!)], ignoreConflicts: true);
        using var notification = new PreparedInsert<Notification>(db);
        using var mail = new PreparedInsert<OutboxEmail>(db);
        using var journal = new PreparedInsert<WorkflowJournalEntry>(db);
        using var escalate = new EscalationUpdate(db, instanceType);

        int notices = 0, notifications = 0, escalations = 0;
        foreach (var (instance, planned) in plans)
        {
            // Every claim of this instance is checked against the revision we read: its own escalation is written
            // after its claims, and nobody else can write while this transaction holds the lock.
            var read = (instance.Revision, instance.EscalationLevel, instance.LastTransitionAtUtc);
            var due = instance.DueOn!.Value;
            foreach (var notice in planned)
            {
                claim.Bind(new DeadlineNotice(instance.Id, notice.Kind, notice.Level, due, now)).Set(ExpectedRevision, read.Revision);
                if (await claim.ExecuteAsync(cancellationToken) == 0)
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

            if (instance.Revision != read.Revision)
            {
                await escalate.ExecuteAsync(instance, read.Revision, cancellationToken);
                db.RecordEvent(
                    AuditActions.Update, nameof(WorkflowInstance), instance.Id.ToString(CultureInfo.InvariantCulture),
                    AuditSummaryOf(read, instance));
            }
        }

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

    private static async Task LockInstancesAsync(GovDataDbContext db, IEntityType instance, IReadOnlyList<PlannedInstance> plans, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var id = sql.DelimitIdentifier(instance.FindProperty(nameof(WorkflowInstance.Id))!.GetColumnName());
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"SELECT {id} FROM {sql.DelimitIdentifier(instance.GetTableName()!, instance.GetSchema())}"
            + $" WHERE {id} = ANY(@ids) ORDER BY {id} FOR UPDATE{sql.StatementTerminator}";
        var ids = command.CreateParameter();
        ids.ParameterName = "ids";
        ids.Value = plans.Select(p => p.Instance.Id).ToArray();
        command.Parameters.Add(ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
        }
    }

    private static Func<PreparedInsert<DeadlineNotice>, string> ClaimCondition(IEntityType instance) => insert =>
    {
        var sql = insert.Sql;
        string Column(string property) => sql.DelimitIdentifier(instance.FindProperty(property)!.GetColumnName());
        return $"EXISTS (SELECT 1 FROM {sql.DelimitIdentifier(instance.GetTableName()!, instance.GetSchema())}"
            + $" WHERE {Column(nameof(WorkflowInstance.Id))} = {insert.Placeholder(nameof(DeadlineNotice.InstanceId))}"
            + $" AND {Column(nameof(WorkflowInstance.Revision))} = {insert.Placeholder(ExpectedRevision)}"
            + $" AND {Column(nameof(WorkflowInstance.ClosedAtUtc))} IS NULL"
            + $" AND {Column(nameof(WorkflowInstance.DueOn))} = {insert.Placeholder(nameof(DeadlineNotice.DueOn))})";
    };

    /// <summary>The prepared, revision-checked UPDATE of an escalated instance (level, revision, last change).</summary>
    private sealed class EscalationUpdate : IDisposable
    {
        private readonly DbCommand _command;
        private readonly (IProperty Property, DbParameter Parameter)[] _set;
        private readonly DbParameter _id;
        private readonly DbParameter _revision;

        public EscalationUpdate(GovDataDbContext db, IEntityType type)
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            _command = db.Database.GetDbConnection().CreateCommand();
            _command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            DbParameter Add(string name, IProperty property)
            {
                var parameter = property.GetRelationalTypeMapping().CreateParameter(_command, name, null, property.IsNullable);
                _command.Parameters.Add(parameter);
                return parameter;
            }

            _set =
            [
                .. new[] { nameof(WorkflowInstance.EscalationLevel), nameof(WorkflowInstance.Revision), nameof(WorkflowInstance.LastTransitionAtUtc) }
                    .Select(name => type.FindProperty(name)!)
                    .Select((property, i) => (property, Add("s" + i.ToString(CultureInfo.InvariantCulture), property))),
            ];
            var id = type.FindProperty(nameof(WorkflowInstance.Id))!;
            var revision = type.FindProperty(nameof(WorkflowInstance.Revision))!;
            _id = Add("w0", id);
            _revision = Add("w1", revision);
            string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName());
            _command.CommandText = $"UPDATE {sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema())} SET "
                + string.Join(", ", _set.Select(s => $"{Column(s.Property)} = {sql.GenerateParameterNamePlaceholder(s.Parameter.ParameterName)}"))
                + $" WHERE {Column(id)} = {sql.GenerateParameterNamePlaceholder(_id.ParameterName)}"
                + $" AND {Column(revision)} = {sql.GenerateParameterNamePlaceholder(_revision.ParameterName)}{sql.StatementTerminator}";
            _command.Prepare();
        }

        public async Task ExecuteAsync(WorkflowInstance instance, int readRevision, CancellationToken cancellationToken)
        {
            foreach (var (property, parameter) in _set)
            {
                var value = property.GetGetter().GetClrValue(instance);
                var converter = property.GetRelationalTypeMapping().Converter;
                parameter.Value = value is null ? DBNull.Value : (converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }

            _id.Value = instance.Id;
            _revision.Value = readRevision;
            if (await _command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                // Cannot happen while the claim's revision check and this update share the write lock; if it does, roll back.
                throw new DbUpdateConcurrencyException($"Workflow instance {instance.Id} changed during the deadline sweep.");
            }
        }

        public void Dispose() => _command.Dispose();
    }
}
