using GovData.Domain.Notifications;
using GovData.Workflows.Notifications;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Mail;

/// <summary>
/// Adds notifications to a context and, for each recipient with a confirmed e-mail address, an outbox e-mail: both
/// saved by the caller's one SaveChanges/transaction. The idempotency key is <paramref name="key"/> + the recipient,
/// so the same event can never queue the same mail twice.
/// </summary>
public sealed class NotificationOutbox(IMailTextRenderer renderer, NotificationHub hub)
{
    /// <summary>After the caller's commit: tells open bells of the recipients of what <paramref name="db"/> saved.</summary>
    public Task PublishCommittedAsync(GovDataDbContext db) => hub.PublishSavedAsync(db);

    public async Task AddAsync(
        GovDataDbContext db,
        string key,
        IReadOnlyCollection<Notification> notifications,
        CancellationToken cancellationToken,
        Dictionary<string, string?>? addressCache = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notifications);
        if (notifications.Count == 0)
        {
            return;
        }

        db.Notifications.AddRange(notifications);
        // A caller writing many notices (the sweep) passes one cache: each user's address is read once.
        var addresses = addressCache ?? new Dictionary<string, string?>(StringComparer.Ordinal);
        var missing = notifications.Select(n => n.RecipientUserId).Distinct().Where(id => !addresses.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var found = await db.Users.AsNoTracking()
                .Where(u => missing.Contains(u.Id) && u.EmailConfirmed && u.Email != null)
                .Select(u => new { u.Id, u.Email })
                .ToListAsync(cancellationToken);
            foreach (var id in missing)
            {
                addresses[id] = found.FirstOrDefault(u => u.Id == id)?.Email;
            }
        }

        db.OutboxEmails.AddRange(Mails(key, notifications, addresses));
    }

    /// <summary>The outbox e-mails of <paramref name="notifications"/>: one per recipient with a known address
    /// (<paramref name="addresses"/>: user id → confirmed address or null), keyed <paramref name="key"/> + recipient.
    /// For callers that write rows themselves (the sweep's bulk path).</summary>
    public IEnumerable<OutboxEmail> Mails(
        string key, IEnumerable<Notification> notifications, IReadOnlyDictionary<string, string?> addresses)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(addresses);
        foreach (var notification in notifications)
        {
            if (addresses.GetValueOrDefault(notification.RecipientUserId) is { } address)
            {
                var text = renderer.Render(notification);
                yield return new OutboxEmail(
                    key + ":" + notification.RecipientUserId, address, text.Subject, text.Body, notification.CreatedAtUtc);
            }
        }
    }
}
