using GovData.Domain.Notifications;
using GovData.Workflows.Mail;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Notifications;

/// <summary>
/// Stores a notification for one user. The workflows call it (issue #3 adds e-mail/SMS delivery on top); the text is a
/// resource key plus arguments so the recipient reads it in their own language.
/// </summary>
public sealed class SendNotification(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time, NotificationOutbox? outbox = null)
{
    public async Task<long> ExecuteAsync(
        string recipientUserId,
        string messageKey,
        IEnumerable<string> arguments,
        string? link = null,
        CancellationToken cancellationToken = default)
    {
        var notification = new Notification(recipientUserId, messageKey, arguments, link, time.GetUtcNow().UtcDateTime);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (outbox is null)
        {
            db.Notifications.Add(notification);
            await db.SaveChangesAsync(cancellationToken);
            return notification.Id;
        }

        // A one-off message has no natural key: each send is its own e-mail.
        await outbox.AddAsync(db, "notification:" + Guid.NewGuid().ToString("N"), [notification], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await outbox.PublishCommittedAsync(db);
        return notification.Id;
    }
}
