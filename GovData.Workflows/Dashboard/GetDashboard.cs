using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Dashboard;

/// <summary>
/// The 工作台 counts for the acting user. Scoping is decided here: a department's staff count their own drafts only;
/// city-wide figures are for bureau roles; the public applicant sees the open catalog.
/// </summary>
public sealed class GetDashboard(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
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
        var resources = db.DataResources.AsNoTracking();
        var published = resources.Where(r => r.Status == CatalogStatus.Published);

        switch (audience)
        {
            case DashboardAudience.Department:
            {
                var own = resources.Where(r => r.ProviderDepartmentId == user.DepartmentId);
                return Summary(
                    audience,
                    today,
                    new DashboardCount(DashboardCountKeys.OwnPublished, await own.CountAsync(r => r.Status == CatalogStatus.Published, cancellationToken)),
                    new DashboardCount(DashboardCountKeys.OwnDrafts, await own.CountAsync(r => r.Status == CatalogStatus.Draft, cancellationToken)),
                    new DashboardCount(DashboardCountKeys.SharingCatalog, await published.CountAsync(r => r.ShareType != ShareType.NotShared, cancellationToken)));
            }

            case DashboardAudience.Bureau:
                return Summary(
                    audience,
                    today,
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

    private static DashboardSummary Summary(DashboardAudience audience, DateOnly today, params DashboardCount[] counts) =>
        new(audience, today, counts, [], []);
}
