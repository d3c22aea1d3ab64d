using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Support;

/// <summary>
/// Two SQLite template files per test run, built once: one migrated, one migrated and seeded with the demo city. A
/// test's database is a copy of one of them (a file copy, ~5 ms) instead of migrating (~0.3–1 s) and seeding (~2 s under
/// load) again; the PostgreSQL side does the same with <c>CREATE DATABASE … TEMPLATE</c> (<see cref="PostgreSqlTemplates"/>).
/// Measured in decision 0034: the per-test migrations and seeds were the largest share of the non-browser test time.
/// </summary>
internal static class SqliteTemplates
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "govdata-tests", "templates-" + Guid.NewGuid().ToString("N"));
    private static readonly Lazy<Task<string>> Migrated = new(() => BuildAsync("migrated", from: null, seed: false));
    private static readonly Lazy<Task<string>> Seeded = new(() => BuildAsync("seeded", from: Migrated.Value, seed: true));

    static SqliteTemplates()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS temp cleaner.
            }
        };
    }

    /// <summary>Copies the migrated (or seeded) template to <paramref name="path"/>.</summary>
    public static async Task CopyToAsync(string path, bool seeded)
    {
        var template = await (seeded ? Seeded.Value : Migrated.Value);
        File.Copy(template, path);
    }

    private static async Task<string> BuildAsync(string name, Task<string>? from, bool seed)
    {
        var directory = Path.Combine(Folder, name);
        Directory.CreateDirectory(directory);
        var database = TestDatabase.OverSqliteFolder(directory);
        if (from is not null)
        {
            File.Copy(await from, database.FilePath);
        }

        if (seed)
        {
            await database.SeedAsync(demoData: true);
        }
        else
        {
            await using var db = database.CreateDbContext();
            await db.Database.MigrateAsync();
            // WAL is a property of the file: every copy opens in WAL mode, as the per-test databases always did.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        }

        // Everything into the main file, then no connection left open: the copy is the whole database.
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        return database.FilePath;
    }
}
