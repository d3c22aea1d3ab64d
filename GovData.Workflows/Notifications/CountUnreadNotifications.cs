using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Notifications;

/// <summary>The number on the bell: the current user's unread notifications.</summary>
public sealed class CountUnreadNotifications(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<int> ExecuteAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        if (!user.IsAuthenticated)
        {
            return 0;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.RecipientUserId == user.UserId && n.ReadAtUtc == null, cancellationToken);
    }
}
