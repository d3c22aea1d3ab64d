using System.Diagnostics;
using GovData.Workflows.Nodes;
using GovData.Workflows.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovData.Benchmarks.Nodes;

/// <summary>
/// Issue #15: <c>nodes.bell.latencyMs</c> (goal ≤ 1000 ms), the time from a publish on node A's hub to the bell
/// subscriber on node B: two hubs, each with its own Redis connection and relay, as two nodes have. The Redis is
/// <c>GOVDATA_TEST_REDIS</c> or a throwaway one started by scripts/test-servers.sh. The whole path through two app
/// processes and a browser is asserted under 1 s by the two-node test (TwoNodesTests).
/// </summary>
internal sealed class NodesBenchmarks : IBenchmarkGroup
{
    private const int Samples = 200;

    public string Name => "nodes";

    public async Task RunAsync(FigureWriter output)
    {
        var redis = Environment.GetEnvironmentVariable("GOVDATA_TEST_REDIS");
        var started = false;
        if (string.IsNullOrEmpty(redis))
        {
            redis = await StartThrowawayRedisAsync();
            started = true;
        }

        try
        {
            var channel = "govdata:bell:bench:" + Guid.NewGuid().ToString("N");
            await using var a = await StartNodeAsync(redis, channel);
            await using var b = await StartNodeAsync(redis, channel);
            var hubA = a.GetRequiredService<NotificationHub>();
            var hubB = b.GetRequiredService<NotificationHub>();
            var samples = new List<double>(Samples);
            TaskCompletionSource? arrived = null;
            using var subscription = hubB.Subscribe("bench-user", () =>
            {
                arrived?.TrySetResult();
                return Task.CompletedTask;
            });
            for (var i = 0; i < Samples + 10; i++)
            {
                arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var watch = Stopwatch.StartNew();
                await hubA.PublishAsync(["bench-user"]);
                await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
                if (i >= 10)
                {
                    samples.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            output.Comment($"bell signal node A → Redis → node B, {Samples} samples after 10 warm-up");
            output.Figure("nodes.bell.latencyMs", FigureWriter.Median(samples), "ms");
            output.Figure("nodes.bell.latencyMs.max", samples.Max(), "ms");
        }
        finally
        {
            if (started)
            {
                await RunScriptAsync("stop");
            }
        }
    }

    private static async Task<ServiceProvider> StartNodeAsync(string redis, string channel)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis,
            ["Redis:BellChannel"] = channel,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddGovDataNodes(configuration);
        services.AddSingleton<NotificationHub>();
        var provider = services.BuildServiceProvider();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return provider;
    }

    private static async Task<string> StartThrowawayRedisAsync()
    {
        await RunScriptAsync("start");
        var env = await RunScriptAsync("env");
        var line = env.Split('\n').First(l => l.Contains("GOVDATA_TEST_REDIS=", StringComparison.Ordinal));
        return line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim().Trim('\'', '"');
    }

    private static async Task<string> RunScriptAsync(string verb)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "GovData.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Repository root not found.");
        }

        var start = new ProcessStartInfo("bash") { WorkingDirectory = root, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("scripts/test-servers.sh");
        start.ArgumentList.Add(verb);
        start.Environment["GOVDATA_TEST_SERVERS_STATE"] = Path.Combine(root, "TestResults", "bench-servers.env");
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? text : throw new InvalidOperationException($"scripts/test-servers.sh {verb} failed ({process.ExitCode}).");
    }
}
