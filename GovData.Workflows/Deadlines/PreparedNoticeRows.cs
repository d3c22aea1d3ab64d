using System.Data.Common;
using System.Globalization;
using GovData.Domain.Notifications;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace GovData.Workflows.Deadlines;

/// <summary>
/// The sweep's batch rows on SQLite (decision 0010): prepared single-row statements, each executed as the writer
/// decides (in-process calls, no round trips). The conditional claim is
/// <c>INSERT … SELECT … WHERE EXISTS (open, due that day, at the revision read) ON CONFLICT DO NOTHING</c>.
/// </summary>
internal sealed class PreparedNoticeRows : INoticeBatchRows
{
    private const string ExpectedRevision = "ExpectedRevision";
    private readonly PreparedInsert<DeadlineNotice> _claim;
    private readonly PreparedInsert<Notification> _notification;
    private readonly PreparedInsert<OutboxEmail> _mail;
    private readonly PreparedInsert<WorkflowJournalEntry> _journal;
    private readonly EscalationUpdate _escalate;

    public PreparedNoticeRows(GovDataDbContext db)
    {
        var instanceType = db.Model.FindEntityType(typeof(WorkflowInstance))!;
        _claim = new PreparedInsert<DeadlineNotice>(
            db, ClaimCondition(instanceType), [(ExpectedRevision, instanceType.FindProperty(nameof(WorkflowInstance.Revision))!)], ignoreConflicts: true);
        _notification = new PreparedInsert<Notification>(db);
        _mail = new PreparedInsert<OutboxEmail>(db);
        _journal = new PreparedInsert<WorkflowJournalEntry>(db);
        _escalate = new EscalationUpdate(db, instanceType);
    }

    public async ValueTask<bool> ClaimAsync(
        WorkflowInstance instance, PlannedNotice notice, DateOnly due, int readRevision, DateTime now, CancellationToken cancellationToken) =>
        await _claim.Bind(new DeadlineNotice(instance.Id, notice.Kind, notice.Level, due, now))
            .Set(ExpectedRevision, readRevision)
            .ExecuteAsync(cancellationToken) == 1;

    public async ValueTask AddJournalAsync(WorkflowJournalEntry entry, long instanceId, CancellationToken cancellationToken) =>
        await _journal.Bind(entry).Set(nameof(WorkflowJournalEntry.InstanceId), instanceId).ExecuteAsync(cancellationToken);

    public async ValueTask AddNotificationAsync(Notification notification, CancellationToken cancellationToken) =>
        await _notification.Bind(notification).ExecuteAsync(cancellationToken);

    public async ValueTask AddMailAsync(OutboxEmail mail, CancellationToken cancellationToken) =>
        await _mail.Bind(mail).ExecuteAsync(cancellationToken);

    public async ValueTask UpdateEscalatedAsync(WorkflowInstance instance, int readRevision, CancellationToken cancellationToken) =>
        await _escalate.ExecuteAsync(instance, readRevision, cancellationToken);

    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        _claim.Dispose();
        _notification.Dispose();
        _mail.Dispose();
        _journal.Dispose();
        _escalate.Dispose();
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
