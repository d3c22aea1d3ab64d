using System.Data.Common;
using System.Globalization;
using System.Text;
using GovData.Domain.Audit;
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
    /// Takes the chain lock (a no-op UPDATE of the head row: SQLite's write lock, SQL Server's row lock, both held
    /// until commit), then reads the head. Nothing may be read for the chain before the lock is held.
    /// </summary>
    public static AuditChainHead LockHead(DbContext db)
    {
        var heads = Heads(db);
        EnsureHead(heads.ExecuteUpdate(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence)));
        return heads.AsNoTracking().Single();
    }

    public static async Task<AuditChainHead> LockHeadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var heads = Heads(db);
        EnsureHead(await heads.ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence), cancellationToken));
        return await heads.AsNoTracking().SingleAsync(cancellationToken);
    }

    /// <summary>Inserts the rows and moves the head to the last of them.</summary>
    public static void Append(DbContext db, IReadOnlyList<AuditEntry> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var insert = new Insert(db);
        try
        {
            foreach (var chunk in rows.Chunk(insert.RowsPerStatement))
            {
                insert.For(chunk).ExecuteNonQuery();
            }
        }
        finally
        {
            insert.Dispose();
        }

        var last = rows[^1];
        Heads(db).ExecuteUpdate(s => s.SetProperty(h => h.LastSequence, last.Sequence).SetProperty(h => h.LastHash, last.Hash));
    }

    public static async Task AppendAsync(DbContext db, IReadOnlyList<AuditEntry> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var insert = new Insert(db);
        try
        {
            foreach (var chunk in rows.Chunk(insert.RowsPerStatement))
            {
                await insert.For(chunk).ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            insert.Dispose();
        }

        var last = rows[^1];
        await Heads(db).ExecuteUpdateAsync(
            s => s.SetProperty(h => h.LastSequence, last.Sequence).SetProperty(h => h.LastHash, last.Hash),
            cancellationToken);
    }

    private static IQueryable<AuditChainHead> Heads(DbContext db) =>
        db.Set<AuditChainHead>().Where(h => h.Id == AuditChainHead.SingletonId);

    private static void EnsureHead(int rows)
    {
        if (rows != 1)
        {
            throw new InvalidOperationException("The audit chain head row is missing; the database was not migrated.");
        }
    }

    /// <summary>A multi-row INSERT command, kept while chunks have the same size so its statement stays prepared.</summary>
    internal sealed class Insert(DbContext db) : IDisposable
    {
        private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();
        private readonly IEntityType _type = db.Model.FindEntityType(typeof(AuditEntry))!;
        private readonly IProperty[] _properties = [.. Columns.Select(c => db.Model.FindEntityType(typeof(AuditEntry))!.FindProperty(c)!)];
        private DbCommand? _command;
        private int _rows;

        public int RowsPerStatement { get; } = db.Database.IsSqlite() ? 1 : SqlServerRowsPerStatement;

        public DbCommand For(AuditEntry[] chunk)
        {
            if (_command is null || _rows != chunk.Length)
            {
                _command?.Dispose();
                _command = db.Database.GetDbConnection().CreateCommand();
                _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                if (db.Database.GetCommandTimeout() is { } timeout)
                {
                    _command.CommandTimeout = timeout;
                }

                _command.CommandText = Text(chunk.Length);
                _rows = chunk.Length;
            }

            _command.Parameters.Clear();
            foreach (var row in chunk)
            {
                object?[] values =
                [
                    row.Sequence, row.OccurredAtUtc, row.UserId, row.UserName, row.Action,
                    row.EntityType, row.EntityKey, row.Summary, row.PreviousHash, row.Hash,
                ];
                for (var c = 0; c < _properties.Length; c++)
                {
                    // The property's own mapping types the parameter and applies its value converter.
                    var name = Name(_command.Parameters.Count);
                    _command.Parameters.Add(_properties[c].GetRelationalTypeMapping().CreateParameter(_command, name, values[c], _properties[c].IsNullable));
                }
            }

            return _command;
        }

        public void Dispose() => _command?.Dispose();

        private static string Name(int index) => "p" + index.ToString(CultureInfo.InvariantCulture);

        private string Text(int rows)
        {
            var text = new StringBuilder(128 + (rows * 80));
            text.Append("INSERT INTO ").Append(_sql.DelimitIdentifier(_type.GetTableName()!, _type.GetSchema())).Append(" (")
                .AppendJoin(", ", _properties.Select(p => _sql.DelimitIdentifier(p.GetColumnName())))
                .Append(") VALUES ");
            for (var r = 0; r < rows; r++)
            {
                text.Append(r == 0 ? "(" : ", (")
                    .AppendJoin(", ", _properties.Select((_, c) => _sql.GenerateParameterNamePlaceholder(Name((r * _properties.Length) + c))))
                    .Append(')');
            }

            return text.Append(_sql.StatementTerminator).ToString();
        }
    }
}
