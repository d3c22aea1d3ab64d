using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GovData.Tests.Workflows.Persistence;

/// <summary>The three providers' migration sets match the model; the SQL Server set yields a deployable idempotent script.</summary>
public sealed class ProviderMigrationsTests
{
    // Nothing connects: building the model, diffing it and generating SQL need no server.
    private const string DummySqlServer = "Server=(no-server);Database=GovData;Trusted_Connection=True;TrustServerCertificate=True";

    private const string DummyPostgreSql = "Host=no-server;Database=govdata;Username=govdata";

    private static readonly string[] CoreTables =
    [
        "Departments", "DataResources", "CalendarDays", "CalendarYears", "AuditEntries", "AuditChainHeads",
        "AspNetUsers", "AspNetRoles", "AspNetUserRoles",
    ];

    internal static SqliteGovDataDbContext CreateSqlite()
    {
        var builder = new DbContextOptionsBuilder<SqliteGovDataDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(builder, "Data Source=:memory:");
        return new SqliteGovDataDbContext(builder.Options);
    }

    internal static SqlServerGovDataDbContext CreateSqlServer()
    {
        var builder = new DbContextOptionsBuilder<SqlServerGovDataDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlServer(builder, DummySqlServer);
        return new SqlServerGovDataDbContext(builder.Options);
    }

    internal static PostgreSqlGovDataDbContext CreatePostgreSql()
    {
        var builder = new DbContextOptionsBuilder<PostgreSqlGovDataDbContext>();
        PersistenceServiceCollectionExtensions.ConfigurePostgreSql(builder, DummyPostgreSql);
        return new PostgreSqlGovDataDbContext(builder.Options);
    }

    [Fact]
    public void Sqlite_HasNoPendingModelChanges()
    {
        using var db = CreateSqlite();
        Assert.False(db.Database.HasPendingModelChanges(), "Run: bash scripts/add-migration.sh NAME (both providers).");
    }

    [Fact]
    public void SqlServer_HasNoPendingModelChanges()
    {
        using var db = CreateSqlServer();
        Assert.False(db.Database.HasPendingModelChanges(), "Run: bash scripts/add-migration.sh NAME (both providers).");
    }

    [Fact]
    public void PostgreSql_HasNoPendingModelChanges()
    {
        using var db = CreatePostgreSql();
        Assert.False(db.Database.HasPendingModelChanges(), "Run: bash scripts/add-migration.sh NAME (all three providers).");
    }

    [Fact]
    public void PostgreSql_MigrationsCreateEveryTable_WithFiltersInItsQuoting()
    {
        using var db = CreatePostgreSql();
        var script = db.GetService<IMigrator>().GenerateScript();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
        {
            Assert.Contains($"CREATE TABLE \"{table}\"", script, StringComparison.Ordinal);
        }

        // The shared model's filters are written with brackets, which PostgreSQL does not read.
        Assert.Contains("WHERE \"ExternalId\" IS NOT NULL", script, StringComparison.Ordinal);
        Assert.DoesNotContain("[ExternalId]", script, StringComparison.Ordinal);
    }

    [Fact]
    public void SqlServer_IdempotentScript_CreatesEveryTableBehindGuards()
    {
        using var db = CreateSqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var modelTables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
        Assert.Superset(CoreTables.ToHashSet(), modelTables.ToHashSet());
        foreach (var table in modelTables)
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        // Every migration is applied only when the history table does not list it yet.
        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains($"IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]\n    WHERE [MigrationId] = N'{migration}'\n)", script.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }

        Assert.Contains("IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_MigrationsCreateEveryTable()
    {
        using var db = CreateSqlite();
        var script = db.GetService<IMigrator>().GenerateScript();
        foreach (var table in CoreTables)
        {
            Assert.Contains($"CREATE TABLE \"{table}\"", script, StringComparison.Ordinal);
        }
    }
}
