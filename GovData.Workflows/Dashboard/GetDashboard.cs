using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Workflows.Inbox;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Dashboard;

/// <summary>
/// The 工作台 counts for the acting user. Scoping is decided here: a department's staff count their own drafts only;
/// city-wide figures are for the municipal bureau, a district bureau counts the departments it supervises; the public
/// applicant sees the open catalog. Staff get their 待办 count first. Every count is what the list its card opens shows.
/// </summary>
public sealed class GetDashboard(IDbContextFactory<GovDataDbContext> contextFactory, GetInbox inbox, TimeProvider time)
{
    public static DashboardAudience AudienceOf(UserContext user)
    {
        if (user.IsInRole(Roles.SystemAdmin))
        {
            return DashboardAudience.SystemAdmin;
        }

        if (user.IsInRole(Roles.BureauOfficer) && user.SeesAllDepartments)
        {
            return DashboardAudience.Bureau;
        }

        if (user.IsDistrictBureauOfficer)
        {
            return DashboardAudience.DistrictBureau;
        }

        if (user.DepartmentId is not null && Roles.Staff.Any(user.IsInRole))
        {
            return DashboardAudience.Department;
        }

        return user.IsInRole(Roles.Applicant) ? DashboardAudience.Applicant : DashboardAudience.None;
    }

    public async Task<DashboardSummary> ExecuteAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.Today(time);
        var audience = user.IsAuthenticated ? AudienceOf(user) : DashboardAudience.None;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (audience == DashboardAudience.Bureau
            && await db.Departments.AnyAsync(d => d.Id == user.DepartmentId && d.Level == DepartmentLevel.District, cancellationToken))
        {
            audience = DashboardAudience.DistrictBureau;
        }

        var resources = db.DataResources.AsNoTracking();
        var published = resources.Where(r => r.Status == CatalogStatus.Published);

        switch (audience)
        {
            case DashboardAudience.Department:
            {
                var own = resources.Where(r => r.ProviderDepartmentId == user.DepartmentId);
                // The drafts 目录草稿 lists: every open draft of the department (new entries, revisions, returned ones).
                var drafts = db.CatalogDrafts.AsNoTracking()
                    .Where(d => d.OpenForResourceId != null)
                    .Join(own, d => d.DataResourceId, r => r.Id, (d, _) => d);
                return Summary(
                    audience,
                    today,
                    new DashboardCount(DashboardCountKeys.Inbox, await InboxCountAsync(user, cancellationToken)),
                    new DashboardCount(DashboardCountKeys.OwnPublished, await own.CountAsync(r => r.Status == CatalogStatus.Published, cancellationToken)),
                    new DashboardCount(DashboardCountKeys.OwnDrafts, await drafts.CountAsync(cancellationToken)),
                    // What the sharing catalog lists: every published entry, 不予共享 ones included (their basis is listed).
                    new DashboardCount(DashboardCountKeys.SharingCatalog, await published.CountAsync(cancellationToken)));
            }

            case DashboardAudience.DistrictBureau:
            {
                var supervised = db.Departments.Where(d => d.Id == user.DepartmentId || d.ParentId == user.DepartmentId).Select(d => d.Id);
                var district = resources.Where(r => supervised.Contains(r.ProviderDepartmentId));
                return Summary(
                    audience,
                    today,
                    new DashboardCount(DashboardCountKeys.Inbox, await InboxCountAsync(user, cancellationToken)),
                    new DashboardCount(DashboardCountKeys.SupervisedDepartments, await supervised.CountAsync(cancellationToken)),
                    new DashboardCount(DashboardCountKeys.PublishedSupervised, await district.CountAsync(r => r.Status == CatalogStatus.Published, cancellationToken)),
                    new DashboardCount(DashboardCountKeys.DraftsSupervised, await district.CountAsync(r => r.Status == CatalogStatus.Draft, cancellationToken)));
            }

            case DashboardAudience.Bureau:
                return Summary(
                    audience,
                    today,
                    new DashboardCount(DashboardCountKeys.Inbox, await InboxCountAsync(user, cancellationToken)),
                    new DashboardCount(DashboardCountKeys.Departments, await db.Departments.CountAsync(cancellationToken)),
                    new DashboardCount(DashboardCountKeys.PublishedCityWide, await published.CountAsync(cancellationToken)),
                    new DashboardCount(DashboardCountKeys.DraftsCityWide, await resources.CountAsync(r => r.Status == CatalogStatus.Draft, cancellationToken)));

            case DashboardAudience.SystemAdmin:
            {
                var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).OrderBy(y => y).ToListAsync(cancellationToken);
                var missing = new[] { today.Year, today.Year + 1 }.Where(y => !years.Contains(y)).ToList();
                return new DashboardSummary(
                    audience,
                    today,
                    [
                        new DashboardCount(DashboardCountKeys.Users, await db.Users.CountAsync(cancellationToken)),
                        new DashboardCount(DashboardCountKeys.CalendarYears, years.Count),
                        new DashboardCount(DashboardCountKeys.AuditEntries, await db.AuditEntries.CountAsync(cancellationToken)),
                    ],
                    years,
                    missing);
            }

            case DashboardAudience.Applicant:
                return Summary(
                    audience,
                    today,
                    new DashboardCount(
                        DashboardCountKeys.OpenCatalog,
                        await published.CountAsync(r => r.OpenType == OpenType.Unconditional || r.OpenType == OpenType.OnApplication, cancellationToken)));

            default:
                return Summary(audience, today);
        }
    }

    private async Task<int> InboxCountAsync(UserContext user, CancellationToken cancellationToken) =>
        (await inbox.ExecuteAsync(user, new InboxFilter(PageSize: 1), cancellationToken)).TotalCount;

    private static DashboardSummary Summary(DashboardAudience audience, DateOnly today, params DashboardCount[] counts) =>
        new(audience, today, counts, [], []);
}
