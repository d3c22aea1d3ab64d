using System.Data.Common;
using System.Text;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GovData.Workflows.Deadlines;

/// <summary>
/// A prepared single-row INSERT of an entity's mapped columns, executed on the context's connection inside its current
/// transaction without the change tracker (the sweep's bulk path on SQLite: one statement re-executed per row, as the
/// audit chain writer does). Table, columns, parameter types and value converters come from the model, so the rows
/// read back through EF exactly as if EF had written them. Optionally conditional (<c>INSERT … SELECT … WHERE</c>)
/// and conflict-tolerant (<c>ON CONFLICT DO NOTHING</c>, SQLite/PostgreSQL syntax): then it returns 0 for a row it
/// did not insert.
/// </summary>
internal sealed class PreparedInsert<T> : IDisposable
    where T : class
{
    private readonly DbCommand _command;
    private readonly List<(IProperty Property, DbParameter Parameter, ValueConverter? Converter)> _columns = [];
    private readonly Dictionary<string, (DbParameter Parameter, ValueConverter? Converter)> _byName = new(StringComparer.Ordinal);

    /// <param name="db">The context; its transaction must have begun.</param>
    /// <param name="condition">SQL of the WHERE condition, or null; it names parameters by <see cref="Placeholder"/>.</param>
    /// <param name="extra">Parameters of the condition besides the columns (name, property whose mapping types it).</param>
    /// <param name="ignoreConflicts">Append <c>ON CONFLICT DO NOTHING</c>.</param>
    public PreparedInsert(
        GovDataDbContext db,
        Func<PreparedInsert<T>, string>? condition = null,
        IReadOnlyList<(string Name, IProperty Property)>? extra = null,
        bool ignoreConflicts = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        Sql = db.GetService<ISqlGenerationHelper>();
        var type = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Begin the transaction first.");
        foreach (var property in type.GetProperties())
        {
            if (property.IsShadowProperty() || (property.IsPrimaryKey() && property.ValueGenerated != ValueGenerated.Never))
            {
                continue;
            }

            _columns.Add((property, AddParameter(property.Name, property), property.GetRelationalTypeMapping().Converter));
        }

        foreach (var (name, property) in extra ?? [])
        {
            AddParameter(name, property);
        }

        var text = new StringBuilder("INSERT INTO ")
            .Append(Sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema()))
            .Append(" (")
            .AppendJoin(", ", _columns.Select(c => Sql.DelimitIdentifier(c.Property.GetColumnName())))
            .Append(')');
        var values = string.Join(", ", _columns.Select(c => Placeholder(c.Property.Name)));
        if (condition is null)
        {
            text.Append(" VALUES (").Append(values).Append(')');
        }
        else
        {
            text.Append(" SELECT ").Append(values).Append(" WHERE ").Append(condition(this));
        }

        if (ignoreConflicts)
        {
            text.Append(" ON CONFLICT DO NOTHING");
        }

        _command.CommandText = text.Append(Sql.StatementTerminator).ToString();
        _command.Prepare();
    }

    public ISqlGenerationHelper Sql { get; }

    /// <summary>The placeholder of a column's (by property name) or an extra parameter.</summary>
    public string Placeholder(string name) => Sql.GenerateParameterNamePlaceholder(ParameterName(name));

    /// <summary>Takes the column values of <paramref name="entity"/>.</summary>
    public PreparedInsert<T> Bind(T entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        foreach (var (property, parameter, converter) in _columns)
        {
            parameter.Value = Provider(property.GetGetter().GetClrValue(entity), converter);
        }

        return this;
    }

    /// <summary>Sets one parameter: an extra one, or a column whose value the entity does not hold yet (a foreign key
    /// EF would take from a navigation).</summary>
    public PreparedInsert<T> Set(string name, object? value)
    {
        var (parameter, converter) = _byName[name];
        parameter.Value = Provider(value, converter);
        return this;
    }

    /// <summary>Rows inserted: 1, or 0 when the condition did not hold or the row conflicted.</summary>
    public Task<int> ExecuteAsync(CancellationToken cancellationToken) => _command.ExecuteNonQueryAsync(cancellationToken);

    public void Dispose() => _command.Dispose();

    private static object Provider(object? value, ValueConverter? converter) =>
        value is null ? DBNull.Value : (converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;

    private static string ParameterName(string name) => "p_" + name;

    private DbParameter AddParameter(string name, IProperty property)
    {
        var parameter = property.GetRelationalTypeMapping().CreateParameter(_command, ParameterName(name), null, property.IsNullable);
        _command.Parameters.Add(parameter);
        _byName.Add(name, (parameter, property.GetRelationalTypeMapping().Converter));
        return parameter;
    }
}
