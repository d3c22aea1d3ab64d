using System.Collections.Concurrent;
using GovData.Domain.Notifications;
using GovData.Workflows.Persistence;

namespace GovData.Workflows.Notifications;

/// <summary>
/// In-process signal "this user has new notifications", raised after the transaction that wrote them commits (a
/// rolled-back change signals nothing). The bell of every open circuit subscribes for its signed-in user. One process
/// only: with several servers a user on another server sees the new count at the next navigation.
/// </summary>
public sealed class NotificationHub
{
    private readonly ConcurrentDictionary<string, ImmutableHandlers> _subscribers = new(StringComparer.Ordinal);

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
