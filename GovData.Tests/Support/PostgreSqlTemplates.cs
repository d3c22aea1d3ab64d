using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GovData.Tests.Support;

/// <summary>
/// The PostgreSQL server of the tests (<c>GOVDATA_TEST_POSTGRES</c>, started by <c>bash test.sh</c> through
/// scripts/test-servers.sh) and two template databases per test run, built once: one migrated, one migrated and seeded
/// with the demo city. A test's database is <c>CREATE DATABASE … TEMPLATE …</c> (a file copy on the server, ~50 ms)
/// instead of migrating and seeding again. Without the server the tests fail with a hint; they are never skipped.
/// </summary>
internal static class PostgreSqlTemplates
{
    public const string EnvironmentVariable = "GOVDATA_TEST_POSTGRES";

    private static readonly string Run = "govdata_t" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..6];
    private static readonly Lazy<Task<string>> Migrated = new(() => BuildAsync("migrated", from: null, seed: false));
    private static readonly Lazy<Task<string>> Seeded = new(() => BuildAsync("seeded", from: Migrated.Value, seed: true));
    private static readonly List<string> Templates = [];
    private static int _counter;

    static PostgreSqlTemplates()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var template in Templates.ToArray())
            {
                try
                {
                    DropAsync(template).GetAwaiter().GetResult();
                }
                catch (NpgsqlException)
                {
                    // The throwaway server may be gone already.
                }
            }
        };
    }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set: the PostgreSQL tests need a server. Run `bash test.sh` (it installs and "
                + "starts a throwaway PostgreSQL and Redis), or start them yourself: `bash scripts/test-servers.sh start && "
                + "eval \"$(bash scripts/test-servers.sh env)\"` before `dotnet test`.");

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, IncludeErrorDetail = true }.ToString();

    /// <summary>A new database copied from the migrated (or seeded) template; returns its name.</summary>
    public static async Task<string> CopyAsync(bool seeded)
    {
        var template = await (seeded ? Seeded.Value : Migrated.Value);
        var name = Run + "_" + Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture);
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return name;
    }

    public static async Task DropAsync(string database)
    {
        using (var connection = new NpgsqlConnection(ConnectionStringFor(database)))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static async Task<string> BuildAsync(string suffix, Task<string>? from, bool seed)
    {
        var name = Run + "_" + suffix;
        var source = from is null ? null : await from;
        await ExecuteAsync(source is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{source}\"");
        lock (Templates)
        {
            Templates.Add(name);
        }

        var database = TestDatabase.Over(name);
        if (seed)
        {
            await database.SeedAsync(demoData: true);
        }
        else
        {
            await using var db = database.CreateDbContext();
            await db.Database.MigrateAsync();
        }

        // A template may not have open connections while it is copied.
        using (var connection = new NpgsqlConnection(ConnectionStringFor(name)))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        System.IO.Directory.Delete(database.Directory, recursive: true);
        return name;
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
