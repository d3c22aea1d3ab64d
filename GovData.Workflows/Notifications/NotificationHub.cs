using System.Collections.Concurrent;
using GovData.Domain.Notifications;
using GovData.Workflows.Persistence;

namespace GovData.Workflows.Notifications;

/// <summary>
/// Signal "this user has new notifications", raised after the transaction that wrote them commits (a rolled-back
/// change signals nothing). The bell of every open circuit subscribes for its signed-in user. With a relay (the Redis
/// backplane, decision 0031) a signal also goes to the other nodes, whose subscribers get it through
/// <see cref="DeliverLocallyAsync"/>; the originating node delivers to its own subscribers directly, once.
/// </summary>
public sealed class NotificationHub
{
    private readonly ConcurrentDictionary<string, ImmutableHandlers> _subscribers = new(StringComparer.Ordinal);
    private readonly INotificationRelay? _relay;

    public NotificationHub()
    {
    }

    public NotificationHub(INotificationRelay relay)
    {
        _relay = relay;
    }

    /// <summary>Calls <paramref name="handler"/> whenever <paramref name="userId"/> gets notifications; dispose to stop.</summary>
    public IDisposable Subscribe(string userId, Func<Task> handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(handler);
        _subscribers.AddOrUpdate(userId, _ => new ImmutableHandlers([handler]), (_, h) => new ImmutableHandlers([.. h.Items, handler]));
        return new Subscription(this, userId, handler);
    }

    public int SubscriberCount(string userId) => _subscribers.TryGetValue(userId, out var h) ? h.Items.Length : 0;

    /// <summary>Signals the recipients of the notifications <paramref name="db"/> has saved (call after commit).</summary>
    public Task PublishSavedAsync(GovDataDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return PublishAsync(db.ChangeTracker.Entries<Notification>().Select(e => e.Entity.RecipientUserId));
    }

    public async Task PublishAsync(IEnumerable<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var distinct = userIds.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return;
        }

        if (_relay is not null)
        {
            // The relay never throws: a backplane that is down costs the other nodes' live bells, nothing else.
            await _relay.SendAsync(distinct);
        }

        await DeliverLocallyAsync(distinct);
    }

    /// <summary>Calls this node's subscribers only (what the relay does with another node's signal).</summary>
    public async Task DeliverLocallyAsync(IEnumerable<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        foreach (var userId in userIds.Distinct(StringComparer.Ordinal))
        {
            if (!_subscribers.TryGetValue(userId, out var handlers))
            {
                continue;
            }

            foreach (var handler in handlers.Items)
            {
                try
                {
                    await handler();
                }
                catch (ObjectDisposedException)
                {
                    // A circuit that went away between the lookup and the call: its bell no longer listens.
                }
            }
        }
    }

    private void Unsubscribe(string userId, Func<Task> handler)
    {
        while (_subscribers.TryGetValue(userId, out var current))
        {
            var remaining = current.Items.Where(h => h != handler).ToArray();
            var done = remaining.Length == 0
                ? _subscribers.TryRemove(new KeyValuePair<string, ImmutableHandlers>(userId, current))
                : _subscribers.TryUpdate(userId, new ImmutableHandlers(remaining), current);
            if (done)
            {
                return;
            }
        }
    }

    private sealed record ImmutableHandlers(Func<Task>[] Items);

    private sealed class Subscription(NotificationHub hub, string userId, Func<Task> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                hub.Unsubscribe(userId, handler);
            }
        }
    }
}
