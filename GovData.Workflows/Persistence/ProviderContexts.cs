using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

/// <summary>The embedded default. Its migrations live in Persistence/Migrations/Sqlite.</summary>
public sealed class SqliteGovDataDbContext(DbContextOptions<SqliteGovDataDbContext> options) : GovDataDbContext(options);

/// <summary>SQL Server. Its migrations live in Persistence/Migrations/SqlServer.</summary>
public sealed class SqlServerGovDataDbContext(DbContextOptions<SqlServerGovDataDbContext> options) : GovDataDbContext(options);

/// <summary>
/// PostgreSQL, the tested server database (decision 0030). Its migrations live in Persistence/Migrations/PostgreSql.
/// The shared model writes index filters in the bracket quoting SQLite and SQL Server accept; PostgreSQL quotes
/// identifiers with double quotes, so its filters are rewritten here (the other sets' snapshots stay as they are).
/// </summary>
public sealed class PostgreSqlGovDataDbContext(DbContextOptions<PostgreSqlGovDataDbContext> options) : GovDataDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        foreach (var index in builder.Model.GetEntityTypes().SelectMany(t => t.GetIndexes()))
        {
            if (index.GetFilter() is { } filter)
            {
                index.SetFilter(filter.Replace('[', '"').Replace(']', '"'));
            }
        }
    }
}
