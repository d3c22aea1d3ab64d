using System.Data.Common;
using System.Globalization;
using System.Text;
using GovData.Domain.Audit;
using GovData.Workflows.Deadlines;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace GovData.Workflows.Audit;

/// <summary>
/// Appends audit rows inside the transaction of the context whose changes they describe, without its change
/// tracker: that context still holds its entity changes un-accepted until commit (so a retried transaction replays
/// them), and saving the rows through it would write those changes twice. The INSERT is built from the model's own
/// table, column and type mappings, so each provider gets its native types (datetime2, the UTC conversion).
/// </summary>
internal static class AuditChainWriter
{
    /// <summary>
    /// SQL Server: one round trip per 100 rows (1,000 parameters, under its 2,100 limit). SQLite is in-process, so
    /// round trips cost nothing, while binding is by name with a linear search per parameter (quadratic in a
    /// multi-row statement: 10,000 rows took 8 s in 200-row statements, 0.6 s in 5-row ones): there one prepared
    /// single-row statement is re-executed per row.
    /// </summary>
    internal const int SqlServerRowsPerStatement = 100;

    private static readonly string[] Columns =
    [
        nameof(AuditEntry.Sequence),
        nameof(AuditEntry.OccurredAtUtc),
        nameof(AuditEntry.UserId),
        nameof(AuditEntry.UserName),
        nameof(AuditEntry.Action),
        nameof(AuditEntry.EntityType),
        nameof(AuditEntry.EntityKey),
        nameof(AuditEntry.Summary),
        nameof(AuditEntry.PreviousHash),
        nameof(AuditEntry.Hash),
    ];

    /// <summary>
    /// Takes the chain lock and reads the head in one statement: a no-op UPDATE of the head row returning it (SQLite's
    /// write lock, SQL Server's row lock, both held until commit). Nothing is read for the chain before the lock.
    /// </summary>
    public static AuditChainHead LockHead(DbContext db)
    {
        using var command = LockCommand(db);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Head(reader) : throw MissingHead();
    }

    public static async Task<AuditChainHead> LockHeadAsync(DbContext db, CancellationToken cancellationToken)
    {
        await using var command = LockCommand(db);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Head(reader) : throw MissingHead();
    }

    /// <summary>Inserts the rows and, in the last statement, moves the head to the last of them.</summary>
    public static void Append(DbContext db, IReadOnlyList<AuditEntry> rows)
    {
        using var insert = new Insert(db);
        var chunks = rows.Chunk(insert.RowsPerStatement).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            insert.For(chunks[i], moveHead: i == chunks.Count - 1).ExecuteNonQuery();
        }
    }

    public static async Task AppendAsync(DbContext db, IReadOnlyList<AuditEntry> rows, CancellationToken cancellationToken)
    {
        if (rows.Count > SqlServerRowsPerStatement && db is GovDataDbContext context && db.Database.IsNpgsql())
        {
            await CopyAsync(context, rows, cancellationToken);
            return;
        }

        using var insert = new Insert(db);
        var chunks = rows.Chunk(insert.RowsPerStatement).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            await insert.For(chunks[i], moveHead: i == chunks.Count - 1).ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// PostgreSQL, more rows than one INSERT statement holds (a sweep batch's escalations): the rows by one binary COPY,
    /// then the head moved to the last of them — three round trips instead of one per 100 rows, and no statement of
    /// 1,000 parameters to parse (decision 0035). The rows, their sequences and hashes are the same as the INSERT's;
    /// the chain lock is already held, and a failed COPY fails the transaction.
    /// </summary>
    private static async Task CopyAsync(GovDataDbContext db, IReadOnlyList<AuditEntry> rows, CancellationToken cancellationToken)
    {
        var copy = new BinaryCopy<AuditEntry>(db);
        foreach (var row in rows)
        {
            copy.Bind(row).Add();
        }

        await copy.FlushAsync(cancellationToken);
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = db.Model.FindEntityType(typeof(AuditChainHead))!;
        await using var move = NewCommand(db);
        var last = rows[^1];
        move.CommandText = $"UPDATE {Table(sql, head)} SET {Column(sql, head, nameof(AuditChainHead.LastSequence))} = "
            + Parameter(move, sql, head.FindProperty(nameof(AuditChainHead.LastSequence))!, last.Sequence)
            + $", {Column(sql, head, nameof(AuditChainHead.LastHash))} = "
            + Parameter(move, sql, head.FindProperty(nameof(AuditChainHead.LastHash))!, last.Hash)
            + $" WHERE {Column(sql, head, nameof(AuditChainHead.Id))} = "
            + Parameter(move, sql, head.FindProperty(nameof(AuditChainHead.Id))!, AuditChainHead.SingletonId);
        await move.ExecuteNonQueryAsync(cancellationToken);
    }

    internal static DbCommand LockCommand(DbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var type = db.Model.FindEntityType(typeof(AuditChainHead))!;
        var sequence = Column(sql, type, nameof(AuditChainHead.LastSequence));
        var hash = Column(sql, type, nameof(AuditChainHead.LastHash));
        var command = NewCommand(db);
        var id = Parameter(command, sql, type.FindProperty(nameof(AuditChainHead.Id))!, AuditChainHead.SingletonId);
        var update = $"UPDATE {Table(sql, type)} SET {sequence} = {sequence}";
        var where = $" WHERE {Column(sql, type, nameof(AuditChainHead.Id))} = {id}";
        command.CommandText = db.Database.IsSqlServer()
            ? $"{update} OUTPUT INSERTED.{sequence}, INSERTED.{hash}{where}{sql.StatementTerminator}"
            : $"{update}{where} RETURNING {sequence}, {hash}{sql.StatementTerminator}";
        return command;
    }

    private static AuditChainHead Head(DbDataReader reader) =>
        new() { LastSequence = reader.GetInt64(0), LastHash = reader.GetString(1) };

    private static InvalidOperationException MissingHead() =>
        new("The audit chain head row is missing; the database was not migrated.");

    private static DbCommand NewCommand(DbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (db.Database.GetCommandTimeout() is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        return command;
    }

    private static string Table(ISqlGenerationHelper sql, IEntityType type) =>
        sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());

    private static string Column(ISqlGenerationHelper sql, IEntityType type, string property) =>
        sql.DelimitIdentifier(type.FindProperty(property)!.GetColumnName());

    /// <summary>A parameter typed by the property's own mapping, which also applies its value converter.</summary>
    private static string Parameter(DbCommand command, ISqlGenerationHelper sql, IProperty property, object? value)
    {
        var name = "p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
        command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable));
        return sql.GenerateParameterNamePlaceholder(name);
    }

    /// <summary>
    /// The INSERT command for a chunk of rows (plus the head move after the last chunk), kept while the shape stays
    /// the same so its statement stays prepared.
    /// </summary>
    internal sealed class Insert(DbContext db) : IDisposable
    {
        private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();
        private readonly IEntityType _entry = db.Model.FindEntityType(typeof(AuditEntry))!;
        private readonly IEntityType _head = db.Model.FindEntityType(typeof(AuditChainHead))!;
        private DbCommand? _command;
        private (int Rows, bool MoveHead) _shape;

        public int RowsPerStatement { get; } = db.Database.IsSqlite() ? 1 : SqlServerRowsPerStatement;

        public DbCommand For(AuditEntry[] chunk, bool moveHead)
        {
            if (_command is null || _shape != (chunk.Length, moveHead))
            {
                _command?.Dispose();
                _command = NewCommand(db);
                _shape = (chunk.Length, moveHead);
                _command.CommandText = string.Empty;
            }

            _command.Parameters.Clear();
            var text = new StringBuilder(160 + (chunk.Length * 80));
            text.Append("INSERT INTO ").Append(Table(_sql, _entry)).Append(" (")
                .AppendJoin(", ", Columns.Select(c => Column(_sql, _entry, c)))
                .Append(") VALUES ");
            for (var r = 0; r < chunk.Length; r++)
            {
                var row = chunk[r];
                object?[] values =
                [
                    row.Sequence, row.OccurredAtUtc, row.UserId, row.UserName, row.Action,
                    row.EntityType, row.EntityKey, row.Summary, row.PreviousHash, row.Hash,
                ];
                text.Append(r == 0 ? "(" : ", (")
                    .AppendJoin(", ", Columns.Select((c, i) => Parameter(_command, _sql, _entry.FindProperty(c)!, values[i])))
                    .Append(')');
            }

            text.Append(_sql.StatementTerminator);
            if (moveHead)
            {
                var last = chunk[^1];
                text.AppendLine()
                    .Append("UPDATE ").Append(Table(_sql, _head)).Append(" SET ")
                    .Append(Column(_sql, _head, nameof(AuditChainHead.LastSequence))).Append(" = ")
                    .Append(Parameter(_command, _sql, _head.FindProperty(nameof(AuditChainHead.LastSequence))!, last.Sequence))
                    .Append(", ").Append(Column(_sql, _head, nameof(AuditChainHead.LastHash))).Append(" = ")
                    .Append(Parameter(_command, _sql, _head.FindProperty(nameof(AuditChainHead.LastHash))!, last.Hash))
                    .Append(" WHERE ").Append(Column(_sql, _head, nameof(AuditChainHead.Id))).Append(" = ")
                    .Append(Parameter(_command, _sql, _head.FindProperty(nameof(AuditChainHead.Id))!, AuditChainHead.SingletonId))
                    .Append(_sql.StatementTerminator);
            }

            // Same shape, same text: Microsoft.Data.Sqlite keeps the statement prepared across executions.
            var commandText = text.ToString();
            if (_command.CommandText != commandText)
            {
                _command.CommandText = commandText;
            }

            return _command;
        }

        public void Dispose() => _command?.Dispose();
    }
}
