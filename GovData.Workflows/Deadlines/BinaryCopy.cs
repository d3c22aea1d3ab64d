using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace GovData.Workflows.Deadlines;

/// <summary>
/// Rows of one entity written to PostgreSQL by binary COPY (<c>COPY … FROM STDIN (FORMAT BINARY)</c>) inside the
/// context's current transaction: the bulk paths' PostgreSQL counterpart of <see cref="PreparedInsert{T}"/> (decision
/// 0035). Rows are buffered by <see cref="Bind"/>/<see cref="Set"/>/<see cref="Add"/> and sent in one COPY by
/// <see cref="FlushAsync"/>, so a batch costs one round trip per table instead of one per row. Columns, their store
/// types and value converters come from the model, as for the prepared insert, so EF reads the rows back as its own.
/// A COPY has no ON CONFLICT: only rows whose uniqueness a claim has already decided go this way, and a failed COPY
/// fails the transaction (nothing of the batch is kept).
/// </summary>
internal sealed class BinaryCopy<T>
    where T : class
{
    private readonly GovDataDbContext _db;
    private readonly string _copy;
    private readonly List<(IProperty Property, string StoreType, ValueConverter? Converter)> _columns = [];
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
    private readonly List<object?[]> _rows = [];
    private object?[]? _current;

    /// <param name="db">The context; its transaction must have begun.</param>
    /// <param name="withKey">Also write the generated key (the caller reserved the ids from the sequence).</param>
    public BinaryCopy(GovDataDbContext db, bool withKey = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        var sql = db.GetService<ISqlGenerationHelper>();
        var type = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        foreach (var property in type.GetProperties())
        {
            if (property.IsShadowProperty() || (!withKey && property.IsPrimaryKey() && property.ValueGenerated != ValueGenerated.Never))
            {
                continue;
            }

            var mapping = property.GetRelationalTypeMapping();
            _ordinals.Add(property.Name, _columns.Count);
            _columns.Add((property, mapping.StoreTypeNameBase, mapping.Converter));
        }

        _copy = $"COPY {sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema())} ("
            + string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName())))
            + ") FROM STDIN (FORMAT BINARY)";
    }

    /// <summary>Rows added and not yet flushed.</summary>
    public int Count => _rows.Count;

    /// <summary>Starts a row with the column values of <paramref name="entity"/>.</summary>
    public BinaryCopy<T> Bind(T entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _current = new object?[_columns.Count];
        for (var i = 0; i < _columns.Count; i++)
        {
            _current[i] = _columns[i].Property.GetGetter().GetClrValue(entity);
        }

        return this;
    }

    /// <summary>Sets a column of the current row the entity does not hold yet (a foreign key, a reserved id).</summary>
    public BinaryCopy<T> Set(string property, object? value)
    {
        (_current ?? throw new InvalidOperationException("Bind a row first."))[_ordinals[property]] = value;
        return this;
    }

    /// <summary>Keeps the current row for the next flush.</summary>
    public void Add()
    {
        _rows.Add(_current ?? throw new InvalidOperationException("Bind a row first."));
        _current = null;
    }

    /// <summary>Writes the kept rows in one COPY on the context's connection and transaction.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        var connection = (NpgsqlConnection)_db.Database.GetDbConnection();
        if (_db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Begin the transaction first.");
        }

        await using (var importer = await connection.BeginBinaryImportAsync(_copy, cancellationToken))
        {
            foreach (var row in _rows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < row.Length; i++)
                {
                    var (_, storeType, converter) = _columns[i];
                    var value = row[i] is { } clr && converter is not null ? converter.ConvertToProvider(clr) : row[i];
                    if (value is null)
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await importer.WriteAsync(value, storeType, cancellationToken);
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        _rows.Clear();
    }
}
