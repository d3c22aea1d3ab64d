using GovData.Tests.Support;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Persistence;

/// <summary>Every SQLite connection, opened sync or async, waits for the write lock (the configured busy timeout).</summary>
public sealed class SqliteConnectionSettingsTests : IAsyncLifetime
{
    private const int BusyTimeout = 4321;
    private SqliteTestDatabase _database = default!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task BusyTimeout_IsAppliedOnEveryConnection_SyncAndAsync()
    {
        var builder = new DbContextOptionsBuilder<SqliteGovDataDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(builder, _database.ConnectionString, BusyTimeout);

        await using (var db = new SqliteGovDataDbContext(builder.Options))
        {
            await db.Database.OpenConnectionAsync();
            Assert.Equal(BusyTimeout, await ScalarAsync<long>(db, "PRAGMA busy_timeout;"));
        }

        await using (var db = new SqliteGovDataDbContext(builder.Options))
        {
            db.Database.OpenConnection();
            Assert.Equal(BusyTimeout, await ScalarAsync<long>(db, "PRAGMA busy_timeout;"));
        }
    }

    internal static async Task<T> ScalarAsync<T>(DbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync();
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (T)(await command.ExecuteScalarAsync())!;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
