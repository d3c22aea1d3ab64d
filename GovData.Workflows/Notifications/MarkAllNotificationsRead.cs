using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Notifications;

/// <summary>Marks every unread notification of the current user read (never another user's).</summary>
public sealed class MarkAllNotificationsRead(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    /// <returns>How many notifications changed.</returns>
    public async Task<int> ExecuteAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        if (!user.IsAuthenticated)
        {
            return 0;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications
            .Where(n => n.RecipientUserId == user.UserId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
    }
}
