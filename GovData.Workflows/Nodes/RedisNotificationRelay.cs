using GovData.Workflows.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace GovData.Workflows.Nodes;

/// <summary>
/// The bell's Redis backplane: a node's signal goes out on one pub/sub channel as "node id, user ids"; every node
/// delivers a message from another node to its own subscribers (the originating node has delivered already).
/// </summary>
public sealed class RedisNotificationRelay(RedisConnection connection, RedisOptions options, IServiceProvider services,
    ILogger<RedisNotificationRelay> logger) : INotificationRelay, IHostedService
{
    private const char Separator = '\n';
    private readonly string _nodeId = Guid.NewGuid().ToString("N");
    private ISubscriber? _subscriber;
    private int _warnedWhileDown;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolved here, not injected: the hub itself takes this relay.
        var hub = services.GetRequiredService<NotificationHub>();
        var multiplexer = await connection.ConnectAsync();
        _subscriber = multiplexer.GetSubscriber();
        try
        {
            // Registered even while Redis is down: the multiplexer subscribes again when it reconnects.
            await _subscriber.SubscribeAsync(Channel, (channel, message) => _ = ReceiveAsync(hub, message));
        }
        catch (RedisException e)
        {
            logger.LogWarning(e, "Could not subscribe to the Redis bell channel; retried when Redis reconnects.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        _subscriber is null ? Task.CompletedTask : _subscriber.UnsubscribeAllAsync();

    public async Task SendAsync(IReadOnlyCollection<string> userIds)
    {
        var subscriber = _subscriber;
        if (subscriber is null || !connection.IsConnected)
        {
            if (Interlocked.Exchange(ref _warnedWhileDown, 1) == 0)
            {
                logger.LogWarning("Redis is down: bell signals stay on this node.");
            }

            return;
        }

        Interlocked.Exchange(ref _warnedWhileDown, 0);
        try
        {
            await subscriber.PublishAsync(Channel, _nodeId + Separator + string.Join(Separator, userIds), CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            logger.LogWarning(e, "A bell signal could not be sent to the other nodes.");
        }
    }

    private RedisChannel Channel => RedisChannel.Literal(options.BellChannel);

    private async Task ReceiveAsync(NotificationHub hub, RedisValue message)
    {
        var parts = ((string?)message ?? "").Split(Separator, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[0] == _nodeId)
        {
            return;
        }

        try
        {
            await hub.DeliverLocallyAsync(parts.Skip(1));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "A bell signal from another node failed on this node.");
        }
    }
}
