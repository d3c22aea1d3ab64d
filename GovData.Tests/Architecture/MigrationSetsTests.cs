using GovData.Tests.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Architecture;

/// <summary>
/// The providers' migration sets move together (scripts/add-migration.sh adds to all three). SQLite and SQL Server
/// share their whole history; PostgreSQL starts with one baseline of the model as it was (decision 0030), and every
/// migration dated after that baseline exists in all three sets in the same order.
/// </summary>
public sealed class MigrationSetsTests
{
    internal const string PostgreSqlBaseline = "PostgreSqlBaseline";

    [Fact]
    public void SqliteAndSqlServer_HaveTheSameMigrationNames_InTheSameOrder()
    {
        using var sqlite = ProviderMigrationsTests.CreateSqlite();
        using var sqlServer = ProviderMigrationsTests.CreateSqlServer();

        var sqliteNames = sqlite.Database.GetMigrations().Select(NameOf).ToList();
        var sqlServerNames = sqlServer.Database.GetMigrations().Select(NameOf).ToList();

        Assert.NotEmpty(sqliteNames);
        Assert.Equal(sqliteNames, sqlServerNames);
    }

    [Fact]
    public void PostgreSql_StartsWithItsBaseline_ThenHasEveryLaterMigration_InTheSameOrder()
    {
        using var sqlite = ProviderMigrationsTests.CreateSqlite();
        using var postgreSql = ProviderMigrationsTests.CreatePostgreSql();

        var postgreSqlIds = postgreSql.Database.GetMigrations().ToList();
        Assert.NotEmpty(postgreSqlIds);
        Assert.Equal(PostgreSqlBaseline, NameOf(postgreSqlIds[0]));
        Assert.DoesNotContain(postgreSqlIds.Skip(1), id => NameOf(id) == PostgreSqlBaseline);

        // PostgreSQL's migrations after the baseline are SQLite's last ones, in the same order, and they include every
        // SQLite migration created (ids begin with yyyyMMddHHmmss) after the baseline. A branch migration created
        // before the baseline but merged after it is added to PostgreSQL alone and then counts as one of the last.
        var afterBaseline = postgreSqlIds.Skip(1).Select(NameOf).ToList();
        var sqliteIds = sqlite.Database.GetMigrations().ToList();
        Assert.Equal(sqliteIds.TakeLast(afterBaseline.Count).Select(NameOf).ToList(), afterBaseline);
        var baselineTime = TimeOf(postgreSqlIds[0]);
        var createdLater = sqliteIds.Where(id => string.CompareOrdinal(TimeOf(id), baselineTime) > 0).Select(NameOf).ToList();
        Assert.True(createdLater.Count <= afterBaseline.Count,
            $"Missing from the PostgreSQL set: {string.Join(", ", createdLater.Except(afterBaseline))}. Run: bash scripts/add-migration.sh NAME.");
    }

    // Migration ids are "yyyyMMddHHmmss_Name"; the sets are generated a few seconds apart.
    private static string NameOf(string id) => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..];

    private static string TimeOf(string id) => id[..id.IndexOf('_', StringComparison.Ordinal)];
}
