using GovData.Tests.E2E;
using Npgsql;

namespace GovData.Tests.Nodes;

/// <summary>
/// Two real app processes (nodes A and B) on one fresh PostgreSQL database and one Redis, each with its Hangfire
/// server, in the environment <c>E2E</c> with the test clock (so a test can make both sweep at the same moment).
/// A starts first (it migrates and seeds), then B. Without the servers the tests fail with a hint.
/// The start (~30–120 s, mostly node A migrating and seeding PostgreSQL) begins when the run begins
/// (<see cref="StartEarly"/>, called by the collection orderer), so it overlaps the other tests whenever xunit gives this
/// collection its turn (decision 0034).
/// </summary>
public sealed class TwoNodesFixture : IAsyncLifetime
{
    private static readonly Lazy<Task<Started>> Start = new(StartAsync);
    private string _databaseName = "";
    private string _server = "";

    public NodeApp A { get; private set; } = default!;

    public NodeApp B { get; private set; } = default!;

    /// <summary>The nodes' database.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>Starts the two nodes in the background (once per run); the fixture awaits that start.</summary>
    public static void StartEarly() => _ = Start.Value;

    public async Task InitializeAsync()
    {
        var started = await Start.Value;
        (_server, _databaseName, ConnectionString, A, B) = (started.Server, started.DatabaseName, started.ConnectionString, started.A, started.B);
    }

    private static async Task<Started> StartAsync()
    {
        // Off the caller's thread: the orderer calls this while xunit prepares the run.
        await Task.Yield();
        var server = NodeTestServers.Postgres;
        var redis = NodeTestServers.Redis;
        var databaseName = "govdata_nodes_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteOnServerAsync(server, $"CREATE DATABASE \"{databaseName}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = databaseName }.ToString();
        var a = new NodeApp(connectionString, redis);
        NodeApp? b = null;
        try
        {
            await a.InitializeAsync();
            b = new NodeApp(connectionString, redis);
            await b.InitializeAsync();
            return new Started(server, databaseName, connectionString, a, b);
        }
        catch
        {
            if (b is not null)
            {
                await b.DisposeAsync();
            }

            await a.DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (B is not null)
        {
            await B.DisposeAsync();
        }

        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (_server.Length > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync(_server, $"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)");
        }
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteOnServerAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed record Started(string Server, string DatabaseName, string ConnectionString, NodeApp A, NodeApp B);

    /// <summary>One node: the built app as a process with the server-mode settings.</summary>
    public sealed class NodeApp(string connectionString, string redis) : WebAppProcessFixture
    {
        public async Task<HttpResponseMessage> PostAsync(string path)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            return await http.PostAsync(BaseUrl + path, content: null);
        }

        // Migrating and seeding the demo city on PostgreSQL takes ~45 s here (SQLite: ~10 s), more under load, and the
        // nodes now start beside the browser apps at the beginning of the run (~120 s measured with three threads).
        protected override TimeSpan StartTimeout => TimeSpan.FromSeconds(360);

        protected override IEnumerable<string> SettingArguments() =>
        [
            .. base.SettingArguments(),
            "--Database:Provider=PostgreSql",
            "--ConnectionStrings:GovData=" + connectionString,
            "--Redis:Configuration=" + redis,
            "--Testing:MovableClock=true",
        ];

        protected override IEnumerable<KeyValuePair<string, string>> EnvironmentVariables() => [new("ASPNETCORE_ENVIRONMENT", "E2E")];
    }
}

[CollectionDefinition(Name)]
public sealed class TwoNodesCollection : ICollectionFixture<TwoNodesFixture>
{
    public const string Name = "Two nodes on PostgreSQL and Redis";
}
