using GovData.Tests.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Architecture;

/// <summary>The two providers' migration sets move together (scripts/add-migration.sh adds to both).</summary>
public sealed class MigrationSetsTests
{
    [Fact]
    public void BothProviders_HaveTheSameMigrationNames_InTheSameOrder()
    {
        using var sqlite = ProviderMigrationsTests.CreateSqlite();
        using var sqlServer = ProviderMigrationsTests.CreateSqlServer();

        var sqliteNames = sqlite.Database.GetMigrations().Select(NameOf).ToList();
        var sqlServerNames = sqlServer.Database.GetMigrations().Select(NameOf).ToList();

        Assert.NotEmpty(sqliteNames);
        Assert.Equal(sqliteNames, sqlServerNames);
    }

    // Migration ids are "yyyyMMddHHmmss_Name"; the two sets are generated a few seconds apart.
    private static string NameOf(string id) => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..];
}
