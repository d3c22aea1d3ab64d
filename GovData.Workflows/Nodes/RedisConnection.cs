using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace GovData.Workflows.Nodes;

/// <summary>
/// The node's one Redis connection. It never stops the app: a Redis that is down at start or later leaves the node
/// working alone (a warning in the log, <c>/health/ready</c> says Degraded) and reconnects in the background.
/// </summary>
public sealed class RedisConnection(RedisOptions options, ILogger<RedisConnection> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConnectionMultiplexer? _multiplexer;

    public bool IsConnected => _multiplexer?.IsConnected == true;

    /// <summary>Connects once (later calls return the same multiplexer, connected or still retrying).</summary>
    public async Task<ConnectionMultiplexer> ConnectAsync()
    {
        if (_multiplexer is not null)
        {
            return _multiplexer;
        }

        await _gate.WaitAsync();
        try
        {
            if (_multiplexer is null)
            {
                var configuration = ConfigurationOptions.Parse(options.Configuration);
                configuration.AbortOnConnectFail = false;
                // Commands while disconnected fail at once instead of waiting in a backlog: a bell signal is worth
                // nothing seconds later, and the request that commits must not wait for Redis.
                configuration.BacklogPolicy = BacklogPolicy.FailFast;
                configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, 3_000);
                var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
                multiplexer.ConnectionFailed += (_, e) =>
                    logger.LogWarning("Redis is unreachable ({FailureType}); this node goes on alone: bells on other nodes are not signalled until it is back.", e.FailureType);
                multiplexer.ConnectionRestored += (_, _) => logger.LogInformation("Redis connection restored.");
                if (!multiplexer.IsConnected)
                {
                    logger.LogWarning("Redis ({Endpoints}) is unreachable at start; this node runs alone until it connects.",
                        string.Join(", ", configuration.EndPoints));
                }

                _multiplexer = multiplexer;
            }

            return _multiplexer;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is not null)
        {
            await _multiplexer.DisposeAsync();
        }

        _gate.Dispose();
    }
}
