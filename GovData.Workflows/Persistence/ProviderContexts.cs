using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

/// <summary>The embedded default. Its migrations live in Persistence/Migrations/Sqlite.</summary>
public sealed class SqliteGovDataDbContext(DbContextOptions<SqliteGovDataDbContext> options) : GovDataDbContext(options);

/// <summary>SQL Server. Its migrations live in Persistence/Migrations/SqlServer.</summary>
public sealed class SqlServerGovDataDbContext(DbContextOptions<SqlServerGovDataDbContext> options) : GovDataDbContext(options);
