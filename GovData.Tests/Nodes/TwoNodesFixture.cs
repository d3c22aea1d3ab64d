using GovData.Tests.E2E;
using Npgsql;

namespace GovData.Tests.Nodes;

/// <summary>
/// Two real app processes (nodes A and B) on one fresh PostgreSQL database and one Redis, each with its Hangfire
/// server, in the environment <c>E2E</c> with the test clock (so a test can make both sweep at the same moment).
/// A starts first (it migrates and seeds), then B. Without the servers the tests fail with a hint.
/// </summary>
public sealed class TwoNodesFixture : IAsyncLifetime
{
    private readonly string _databaseName = "govdata_nodes_" + Guid.NewGuid().ToString("N")[..12];
    private string _server = "";

    public NodeApp A { get; private set; } = default!;

    public NodeApp B { get; private set; } = default!;

    /// <summary>The nodes' database.</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _server = NodeTestServers.Postgres;
        var redis = NodeTestServers.Redis;
        await ExecuteOnServerAsync($"CREATE DATABASE \"{_databaseName}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _databaseName }.ToString();
        A = new NodeApp(ConnectionString, redis);
        await A.InitializeAsync();
        B = new NodeApp(ConnectionString, redis);
        await B.InitializeAsync();
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
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)");
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

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>One node: the built app as a process with the server-mode settings.</summary>
    public sealed class NodeApp(string connectionString, string redis) : WebAppProcessFixture
    {
        public async Task<HttpResponseMessage> PostAsync(string path)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            return await http.PostAsync(BaseUrl + path, content: null);
        }

        // Migrating and seeding the demo city on PostgreSQL takes ~45 s here (SQLite: ~10 s), more under load.
        protected override TimeSpan StartTimeout => TimeSpan.FromSeconds(240);

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
