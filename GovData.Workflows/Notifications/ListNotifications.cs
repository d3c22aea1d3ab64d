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

        var subjects = await SubjectsAsync(db, user, rows.Select(r => r.Link), cancellationToken);
        var items = rows
            .Select(n => (Row: n, Subject: InstanceOf(n.Link) is { } id ? subjects.GetValueOrDefault(id) : default))
            .Select(n => new NotificationItem(
                n.Row.Id, n.Row.MessageKey, Notification.ParseArguments(n.Row.MessageArguments), n.Row.Link, n.Row.CreatedAtUtc, n.Row.ReadAtUtc,
                n.Subject.Title, n.Subject.Other))
            .ToList();
        return new NotificationPage(items, page, pageSize, total, unread);
    }

    /// <summary>The id of the workflow item a link opens (/workflows/12), if it does.</summary>
    public static long? InstanceOf(string? link) =>
        link is not null && link.StartsWith(WorkflowLinkPrefix, StringComparison.Ordinal)
        && long.TryParse(link.AsSpan(WorkflowLinkPrefix.Length).TrimEnd('/'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    private const string WorkflowLinkPrefix = "/workflows/";

    /// <summary>Title and the other side's department of the page's workflow items, in one query each.</summary>
    private static async Task<Dictionary<long, (string? Title, string? Other)>> SubjectsAsync(
        GovDataDbContext db, UserContext user, IEnumerable<string?> links, CancellationToken cancellationToken)
    {
        var ids = links.Select(InstanceOf).OfType<long>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var instances = await db.WorkflowInstances.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Title, i.ProviderDepartmentId, i.RequesterDepartmentId })
            .ToListAsync(cancellationToken);
        var departmentIds = instances.SelectMany(i => new[] { (int?)i.ProviderDepartmentId, i.RequesterDepartmentId }).OfType<int>().Distinct().ToList();
        var names = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        return instances.ToDictionary(
            i => i.Id,
            i =>
            {
                int? other = user.DepartmentId == i.ProviderDepartmentId ? i.RequesterDepartmentId : i.ProviderDepartmentId;
                return (i.Title, other is { } o && o != user.DepartmentId ? names.GetValueOrDefault(o) : null);
            });
    }
}
