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

    public async Task AddAsync(GovDataDbContext db, string key, IReadOnlyCollection<Notification> notifications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notifications);
        if (notifications.Count == 0)
        {
            return;
        }

        db.Notifications.AddRange(notifications);
        var recipients = notifications.Select(n => n.RecipientUserId).Distinct().ToList();
        var addresses = await db.Users.AsNoTracking()
            .Where(u => recipients.Contains(u.Id) && u.EmailConfirmed && u.Email != null)
            .Select(u => new { u.Id, u.Email })
            .ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
        foreach (var notification in notifications)
        {
            if (addresses.TryGetValue(notification.RecipientUserId, out var address))
            {
                var text = renderer.Render(notification);
                db.OutboxEmails.Add(new OutboxEmail(
                    key + ":" + notification.RecipientUserId, address, text.Subject, text.Body, notification.CreatedAtUtc));
            }
        }
    }
}
