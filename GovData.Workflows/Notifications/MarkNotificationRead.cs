using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Notifications;

/// <summary>
/// Marks one of the current user's notifications read. A conditional update: only the recipient's own unread row
/// changes, so another user's id does nothing and two clicks at once keep the first read time. Read receipts are the
/// reader's own state, not domain data, so they are not written to the audit log.
/// </summary>
public sealed class MarkNotificationRead(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    /// <returns>True when the notification was the user's and unread, and is now read.</returns>
    public async Task<bool> ExecuteAsync(UserContext user, long notificationId, CancellationToken cancellationToken = default)
    {
        if (!user.IsAuthenticated)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var changed = await db.Notifications
            .Where(n => n.Id == notificationId && n.RecipientUserId == user.UserId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
        return changed == 1;
    }
}
