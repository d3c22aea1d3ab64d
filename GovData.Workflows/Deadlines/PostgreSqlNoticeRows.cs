using GovData.Domain.Notifications;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace GovData.Workflows.Deadlines;

/// <summary>
/// The sweep's batch rows on PostgreSQL (decision 0035). A loopback round trip costs far more than a SQLite call, so a
/// batch makes a handful instead of one per row: ONE round trip locks the batch's instances in id order
/// (<c>SELECT … FOR UPDATE</c>) and claims all its notices (<c>INSERT … SELECT FROM unnest(@arrays) WHERE EXISTS (open,
/// due that day, at the revision read) ON CONFLICT DO NOTHING RETURNING</c> the keys it inserted); notifications, mails
/// and journal entries are buffered and written by binary COPY, one per table; the escalated instances by one
/// revision-checked <c>UPDATE … FROM unnest(@arrays)</c> that must touch every row. All in the batch's transaction, so
/// the exactly-once rules of 0009/0010 hold unchanged: a claim another sweep holds conflicts, a moved instance fails the
/// EXISTS, and nothing is kept unless everything is.
/// </summary>
internal sealed class PostgreSqlNoticeRows : INoticeBatchRows
{
    private readonly GovDataDbContext _db;
    private readonly HashSet<(long InstanceId, int Kind, int Level)> _claimed;
    private readonly BinaryCopy<Notification> _notifications;
    private readonly BinaryCopy<OutboxEmail> _mails;
    private readonly BinaryCopy<WorkflowJournalEntry> _journal;
    private readonly List<(WorkflowInstance Instance, int ReadRevision)> _escalated = [];

    private PostgreSqlNoticeRows(GovDataDbContext db, HashSet<(long, int, int)> claimed)
    {
        _db = db;
        _claimed = claimed;
        _notifications = new BinaryCopy<Notification>(db);
        _mails = new BinaryCopy<OutboxEmail>(db);
        _journal = new BinaryCopy<WorkflowJournalEntry>(db);
    }

    /// <summary>Locks the batch's instances and claims every planned notice, over the revisions as read.</summary>
    public static async Task<PostgreSqlNoticeRows> StartAsync(
        GovDataDbContext db, IReadOnlyList<PlannedInstance> plans, DateTime now, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var instance = db.Model.FindEntityType(typeof(WorkflowInstance))!;
        var notice = db.Model.FindEntityType(typeof(DeadlineNotice))!;
        string Table(IEntityType type) => sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());
        string Column(IEntityType type, string property) => sql.DelimitIdentifier(type.FindProperty(property)!.GetColumnName());
        string Instance(string property) => Column(instance, property);
        string Notice(string property) => Column(notice, property);

        var count = plans.Sum(p => p.Notices.Count);
        var instanceIds = new long[count];
        var kinds = new int[count];
        var levels = new int[count];
        var dues = new DateOnly[count];
        var revisions = new int[count];
        var i = 0;
        foreach (var (planned, notices) in plans)
        {
            foreach (var owed in notices)
            {
                instanceIds[i] = planned.Id;
                kinds[i] = (int)owed.Kind;
                levels[i] = owed.Level;
                dues[i] = planned.DueOn!.Value;
                revisions[i] = planned.Revision;
                i++;
            }
        }

        await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection());
        var id = Instance(nameof(WorkflowInstance.Id));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            $"SELECT {id} FROM {Table(instance)} WHERE {id} = ANY(@ids) ORDER BY {id} FOR UPDATE")
        {
            Parameters = { new NpgsqlParameter("ids", plans.Select(p => p.Instance.Id).ToArray()) },
        });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            $"INSERT INTO {Table(notice)} ({Notice(nameof(DeadlineNotice.InstanceId))}, {Notice(nameof(DeadlineNotice.Kind))},"
            + $" {Notice(nameof(DeadlineNotice.Level))}, {Notice(nameof(DeadlineNotice.DueOn))}, {Notice(nameof(DeadlineNotice.SentAtUtc))})"
            + " SELECT c.instance, c.kind, c.level, c.due, @now FROM unnest(@instances, @kinds, @levels, @dues, @revisions)"
            + " AS c(instance, kind, level, due, revision)"
            + $" WHERE EXISTS (SELECT 1 FROM {Table(instance)} w WHERE w.{id} = c.instance"
            + $" AND w.{Instance(nameof(WorkflowInstance.Revision))} = c.revision AND w.{Instance(nameof(WorkflowInstance.ClosedAtUtc))} IS NULL"
            + $" AND w.{Instance(nameof(WorkflowInstance.DueOn))} = c.due)"
            + $" ON CONFLICT DO NOTHING RETURNING {Notice(nameof(DeadlineNotice.InstanceId))}, {Notice(nameof(DeadlineNotice.Kind))},"
            + $" {Notice(nameof(DeadlineNotice.Level))}")
        {
            Parameters =
            {
                new NpgsqlParameter("now", DateTime.SpecifyKind(now, DateTimeKind.Utc)),
                new NpgsqlParameter("instances", instanceIds),
                new NpgsqlParameter("kinds", kinds),
                new NpgsqlParameter("levels", levels),
                new NpgsqlParameter("dues", dues),
                new NpgsqlParameter("revisions", revisions),
            },
        });
        var claimed = new HashSet<(long, int, int)>();
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2)));
            }
        }

        return new PostgreSqlNoticeRows(db, claimed);
    }

    public ValueTask<bool> ClaimAsync(
        WorkflowInstance instance, PlannedNotice notice, DateOnly due, int readRevision, DateTime now, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_claimed.Contains((instance.Id, (int)notice.Kind, notice.Level)));

    public ValueTask AddJournalAsync(WorkflowJournalEntry entry, long instanceId, CancellationToken cancellationToken)
    {
        _journal.Bind(entry).Set(nameof(WorkflowJournalEntry.InstanceId), instanceId).Add();
        return ValueTask.CompletedTask;
    }

    public ValueTask AddNotificationAsync(Notification notification, CancellationToken cancellationToken)
    {
        _notifications.Bind(notification).Add();
        return ValueTask.CompletedTask;
    }

    public ValueTask AddMailAsync(OutboxEmail mail, CancellationToken cancellationToken)
    {
        _mails.Bind(mail).Add();
        return ValueTask.CompletedTask;
    }

    public ValueTask UpdateEscalatedAsync(WorkflowInstance instance, int readRevision, CancellationToken cancellationToken)
    {
        _escalated.Add((instance, readRevision));
        return ValueTask.CompletedTask;
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _journal.FlushAsync(cancellationToken);
        await _notifications.FlushAsync(cancellationToken);
        await _mails.FlushAsync(cancellationToken);
        await UpdateInstancesAsync(cancellationToken);
    }

    public void Dispose()
    {
    }

    private async Task UpdateInstancesAsync(CancellationToken cancellationToken)
    {
        if (_escalated.Count == 0)
        {
            return;
        }

        var sql = _db.GetService<ISqlGenerationHelper>();
        var type = _db.Model.FindEntityType(typeof(WorkflowInstance))!;
        string Column(string property) => sql.DelimitIdentifier(type.FindProperty(property)!.GetColumnName());
        var changed = type.FindProperty(nameof(WorkflowInstance.LastTransitionAtUtc))!.GetRelationalTypeMapping().Converter;
        await using var command = new NpgsqlCommand(
            $"UPDATE {sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema())} AS w"
            + $" SET {Column(nameof(WorkflowInstance.EscalationLevel))} = u.level, {Column(nameof(WorkflowInstance.Revision))} = u.revision,"
            + $" {Column(nameof(WorkflowInstance.LastTransitionAtUtc))} = u.changed"
            + " FROM unnest(@ids, @levels, @revisions, @changed, @read) AS u(id, level, revision, changed, read)"
            + $" WHERE w.{Column(nameof(WorkflowInstance.Id))} = u.id AND w.{Column(nameof(WorkflowInstance.Revision))} = u.read",
            (NpgsqlConnection)_db.Database.GetDbConnection())
        {
            Parameters =
            {
                new NpgsqlParameter("ids", _escalated.Select(e => e.Instance.Id).ToArray()),
                new NpgsqlParameter("levels", _escalated.Select(e => e.Instance.EscalationLevel).ToArray()),
                new NpgsqlParameter("revisions", _escalated.Select(e => e.Instance.Revision).ToArray()),
                new NpgsqlParameter("changed", _escalated.Select(e => Utc(e.Instance.LastTransitionAtUtc, changed)).ToArray()),
                new NpgsqlParameter("read", _escalated.Select(e => e.ReadRevision).ToArray()),
            },
        };
        if (await command.ExecuteNonQueryAsync(cancellationToken) != _escalated.Count)
        {
            // Cannot happen while the batch holds its instances' row locks; if it does, roll the batch back.
            throw new DbUpdateConcurrencyException("A workflow instance changed during the deadline sweep.");
        }

        _escalated.Clear();
    }

    private static DateTime Utc(DateTime value, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? converter) =>
        DateTime.SpecifyKind((DateTime)(converter?.ConvertToProvider(value) ?? value), DateTimeKind.Utc);
}
