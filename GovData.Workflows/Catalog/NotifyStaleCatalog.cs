using GovData.Domain.Identity;
using GovData.Domain.Notifications;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Workflows.Mail;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovData.Workflows.Catalog;

/// <summary>
/// The daily staleness job (Art. 16; 08:00 Asia/Shanghai): for each department with stale published entries, one in-app
/// notification (and an outbox e-mail) to each of its CatalogManagers, with the count and a link to the stale list.
/// Each (department, day) is claimed in <see cref="CatalogStalenessNotice"/> in the same transaction as its
/// notifications, so a second run the same day sends nothing.
/// </summary>
public sealed class NotifyStaleCatalog(
    IDbContextFactory<GovDataDbContext> contextFactory,
    UnitOfWork unitOfWork,
    NotificationOutbox outbox,
    TimeProvider time,
    ILogger<NotifyStaleCatalog> logger)
{
    public const string JobId = "catalog-staleness";

    /// <summary>Every day at 08:00 (the jobs' time zone is Asia/Shanghai).</summary>
    public const string Cron = "0 8 * * *";

    public const string MessageKey = "Catalog.Notification.Stale";

    public const string Link = "/catalog/stale";

    /// <summary>Runs once; returns the number of departments notified by this run.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(time);
        List<(int Department, int Count)> departments;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var claimed = db.CatalogStalenessNotices.Where(n => n.OnDate == today).Select(n => n.DepartmentId);
            departments = (await ListStaleResources.StaleQuery(db, today)
                .Where(r => !claimed.Contains(r.ProviderDepartmentId))
                .GroupBy(r => r.ProviderDepartmentId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken))
                .Select(g => (g.Key, g.Count)).ToList();
        }

        var notified = 0;
        foreach (var (department, count) in departments)
        {
            if (await NotifyAsync(department, count, today, cancellationToken))
            {
                notified++;
            }
        }

        logger.LogInformation("Catalog staleness on {Today}: {Departments} department(s) notified.", today, notified);
        return notified;
    }

    private async Task<bool> NotifyAsync(int department, int count, DateOnly today, CancellationToken cancellationToken)
    {
        try
        {
            await unitOfWork.RunAsSystemAsync((db, ct) => NotifyAsync(db, department, count, today, ct), cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another run claimed this department today between our read and our write: it sent the notice.
            if (await IsClaimedAsync(department, today, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    private async Task NotifyAsync(GovDataDbContext db, int department, int count, DateOnly today, CancellationToken cancellationToken)
    {
        var managers = await (
            from user in db.Users
            where user.DepartmentId == department
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == Roles.CatalogManager
            select user.Id).Distinct().ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        db.CatalogStalenessNotices.Add(new CatalogStalenessNotice(department, today, count, now));
        var notifications = managers.Order(StringComparer.Ordinal)
            .Select(id => new Notification(id, MessageKey, [count.ToString(System.Globalization.CultureInfo.InvariantCulture)], Link, now))
            .ToList();
        await outbox.AddAsync(db, $"catalog-stale:{department}:{today:yyyy-MM-dd}", notifications, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.AfterCommit(() => outbox.PublishCommittedAsync(db));
    }

    private async Task<bool> IsClaimedAsync(int department, DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.CatalogStalenessNotices.AnyAsync(n => n.DepartmentId == department && n.OnDate == today, cancellationToken);
    }
}
