using System.Diagnostics;
using GovData.Workflows.Nodes;
using GovData.Workflows.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovData.Tests.Nodes;

/// <summary>The bell's Redis backplane (issue #15 part 2, decision 0031): two nodes in one test process.</summary>
public sealed class RedisNotificationRelayTests
{
    [Fact]
    public async Task Publish_OnNodeA_SignalsNodeBsSubscriber_AndNodeAsOwnSubscriberOnce()
    {
        var channel = "govdata:bell:test:" + Guid.NewGuid().ToString("N");
        await using var nodeA = await StartNodeAsync(NodeTestServers.Redis, channel);
        await using var nodeB = await StartNodeAsync(NodeTestServers.Redis, channel);
        var onA = 0;
        var onB = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherUserOnB = 0;
        using var a = nodeA.Hub.Subscribe("user-1", () =>
        {
            Interlocked.Increment(ref onA);
            return Task.CompletedTask;
        });
        using var b = nodeB.Hub.Subscribe("user-1", () =>
        {
            onB.TrySetResult();
            return Task.CompletedTask;
        });
        using var other = nodeB.Hub.Subscribe("user-2", () =>
        {
            Interlocked.Increment(ref otherUserOnB);
            return Task.CompletedTask;
        });

        var watch = Stopwatch.StartNew();
        await nodeA.Hub.PublishAsync(["user-1"]);
        await onB.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(watch.ElapsedMilliseconds < 1_000, $"the signal took {watch.ElapsedMilliseconds} ms");
        // Node A's own message comes back from Redis too; it must not signal A's bell a second time.
        await Task.Delay(300);
        Assert.Equal(1, onA);
        Assert.Equal(0, otherUserOnB);
    }

    [Fact]
    public async Task Publish_WithRedisDown_SignalsThisNodeAtOnce_AndThrowsNothing()
    {
        await using var node = await StartNodeAsync(NodeTestServers.UnreachableRedis, "govdata:bell:down");
        var signals = 0;
        using var subscription = node.Hub.Subscribe("user-1", () =>
        {
            Interlocked.Increment(ref signals);
            return Task.CompletedTask;
        });

        var watch = Stopwatch.StartNew();
        await node.Hub.PublishAsync(["user-1"]);

        Assert.Equal(1, signals);
        Assert.True(watch.ElapsedMilliseconds < 500, $"publishing waited {watch.ElapsedMilliseconds} ms for a Redis that is down");
        Assert.False(node.Services.GetRequiredService<RedisConnection>().IsConnected);
    }

    [Fact]
    public void WithoutRedisConfiguration_TheHubStaysInProcess()
    {
        using var services = Build(configuration: "", channel: "x");
        Assert.Null(services.GetService<INotificationRelay>());
        Assert.Empty(services.GetServices<IHostedService>());
        Assert.NotNull(services.GetRequiredService<NotificationHub>());
    }

    private static ServiceProvider Build(string configuration, string channel)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = configuration,
            ["Redis:BellChannel"] = channel,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGovDataNodes(settings);
        services.AddSingleton<NotificationHub>();
        return services.BuildServiceProvider();
    }

    private static async Task<Node> StartNodeAsync(string configuration, string channel)
    {
        var services = Build(configuration, channel);
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return new Node(services);
    }

    private sealed class Node(ServiceProvider services) : IAsyncDisposable
    {
        public ServiceProvider Services => services;

        public NotificationHub Hub => services.GetRequiredService<NotificationHub>();

        public async ValueTask DisposeAsync()
        {
            foreach (var hosted in services.GetServices<IHostedService>())
            {
                await hosted.StopAsync(CancellationToken.None);
            }

            await services.DisposeAsync();
        }
    }
}
