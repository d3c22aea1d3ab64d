using GovData.Workflows.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Support;

/// <summary>
/// A real SQLite database in a fresh temporary file, migrated with the shipped migrations (never the InMemory
/// provider). Dispose deletes it.
/// </summary>
public sealed class SqliteTestDatabase : IDbContextFactory<GovDataDbContext>, IAsyncDisposable
{
    private readonly DbContextOptions<SqliteGovDataDbContext> _options;

    private SqliteTestDatabase(string directory)
    {
        Directory = directory;
        FilePath = Path.Combine(directory, "govdata-test.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();
        var builder = new DbContextOptionsBuilder<SqliteGovDataDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(builder, ConnectionString);
        _options = builder.Options;
    }

    public string Directory { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "govdata-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var database = new SqliteTestDatabase(directory);
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        return database;
    }

    public GovDataDbContext CreateDbContext() => new SqliteGovDataDbContext(_options);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finished test is left for the OS temp cleaner.
        }

        return ValueTask.CompletedTask;
    }
}
