using GovData.Domain.Identity;
using GovData.Domain.Notifications;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Notifications;

/// <summary>The current user's notifications, newest first, one page at a time (never another user's).</summary>
public sealed class ListNotifications(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public async Task<NotificationPage> ExecuteAsync(
        UserContext user,
        int page = 1,
        int pageSize = DefaultPageSize,
        bool unreadOnly = false,
        CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        if (!user.IsAuthenticated)
        {
            return NotificationPage.Empty(pageSize);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == user.UserId);
        var unread = await mine.CountAsync(n => n.ReadAtUtc == null, cancellationToken);
        var shown = unreadOnly ? mine.Where(n => n.ReadAtUtc == null) : mine;
        var total = unreadOnly ? unread : await mine.CountAsync(cancellationToken);

        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await shown
            .OrderByDescending(n => n.CreatedAtUtc)
            .ThenByDescending(n => n.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(n => new { n.Id, n.MessageKey, n.MessageArguments, n.Link, n.CreatedAtUtc, n.ReadAtUtc })
            .ToListAsync(cancellationToken);

        var items = rows
            .Select(n => new NotificationItem(n.Id, n.MessageKey, Notification.ParseArguments(n.MessageArguments), n.Link, n.CreatedAtUtc, n.ReadAtUtc))
            .ToList();
        return new NotificationPage(items, page, pageSize, total, unread);
    }
}
