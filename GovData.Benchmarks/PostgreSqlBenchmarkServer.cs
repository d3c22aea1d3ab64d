using System.Diagnostics;
using System.Text.RegularExpressions;

namespace GovData.Benchmarks;

/// <summary>
/// The PostgreSQL server of <c>-- GROUP --provider PostgreSql</c>: the one <c>GOVDATA_TEST_POSTGRES</c> names, else a
/// throwaway cluster started with scripts/test-servers.sh (durable settings, fsync on) and stopped at the end, so the
/// figures print on a fresh clone (decision 0030).
/// </summary>
internal sealed partial class PostgreSqlBenchmarkServer : IAsyncDisposable
{
    private readonly string? _state;
    private readonly string? _script;

    private PostgreSqlBenchmarkServer(string connectionString, string? state, string? script)
    {
        ConnectionString = connectionString;
        _state = state;
        _script = script;
    }

    /// <summary>Set by <c>--provider PostgreSql</c>: the groups that can also run on PostgreSQL do.</summary>
    public static bool Requested { get; set; }

    public string ConnectionString { get; }

    public static async Task<PostgreSqlBenchmarkServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("GOVDATA_TEST_POSTGRES") is { Length: > 0 } given)
        {
            return new PostgreSqlBenchmarkServer(given, null, null);
        }

        var script = FindScript();
        var state = Path.Combine(Path.GetTempPath(), $"govdata-bench-servers-{Environment.ProcessId}.env");
        await RunAsync(script, state, "start");
        var exports = await RunAsync(script, state, "env");
        var match = PostgresExport().Match(exports);
        if (!match.Success)
        {
            throw new InvalidOperationException("scripts/test-servers.sh env did not print GOVDATA_TEST_POSTGRES.");
        }

        return new PostgreSqlBenchmarkServer(match.Groups[1].Value, state, script);
    }

    public async ValueTask DisposeAsync()
    {
        if (_script is not null)
        {
            await RunAsync(_script, _state!, "stop");
        }
    }

    private static string FindScript()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var script = Path.Combine(folder.FullName, "scripts", "test-servers.sh");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new InvalidOperationException("scripts/test-servers.sh not found above " + AppContext.BaseDirectory);
    }

    private static async Task<string> RunAsync(string script, string state, string command)
    {
        var start = new ProcessStartInfo("bash", [script, command]) { RedirectStandardOutput = true };
        start.Environment["GOVDATA_TEST_SERVERS_STATE"] = state;
        start.Environment["GOVDATA_TEST_SERVERS_DURABLE"] = "1";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"scripts/test-servers.sh {command} failed ({process.ExitCode}).");
    }

    [GeneratedRegex("GOVDATA_TEST_POSTGRES='([^']*)'")]
    private static partial Regex PostgresExport();
}
