using System.Linq.Expressions;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>Page of the stale list (from 0); <see cref="DepartmentId"/> narrows the bureau's city-wide list.</summary>
public sealed record StaleResourceFilter(int? DepartmentId = null, int Page = 0, int PageSize = StaleResourceFilter.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}

/// <summary>A published entry whose data is stale. <see cref="DaysOverdue"/> is null when no update was ever recorded.</summary>
public sealed record StaleResourceRow(
    int Id,
    string Code,
    string Name,
    int ProviderDepartmentId,
    string ProviderName,
    UpdateCycle UpdateCycle,
    DateOnly? LastDataUpdate,
    int? DaysOverdue);

public sealed record StaleDepartment(int Id, string Name);

public sealed record StaleResourcePage(IReadOnlyList<StaleResourceRow> Rows, int TotalCount, DateOnly Today);

/// <summary>
/// Art. 16: published entries not updated as often as their cycle says (rule: <see cref="CatalogStaleness"/>). The bureau
/// sees the city (optionally one department), department staff their own department, everyone else nothing. Staleness
/// is decided in the query, one threshold date per cycle, so only the page is loaded.
/// </summary>
public sealed class ListStaleResources(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    public async Task<StaleResourcePage> ExecuteAsync(UserContext user, StaleResourceFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        var today = ChinaTime.Today(time);
        int? department;
        List<int>? supervised = null;
        if (user.SeesAllDepartments)
        {
            department = filter.DepartmentId;
        }
        else if (user.IsDistrictBureauOfficer)
        {
            supervised = [.. user.SupervisedDepartmentIds!];
            department = filter.DepartmentId;
        }
        else if (CatalogVisibility.IsStaff(user) && user.DepartmentId is { } own)
        {
            department = own;
        }
        else
        {
            return new StaleResourcePage([], 0, today);
        }

        var pageSize = Math.Clamp(filter.PageSize, 1, StaleResourceFilter.MaxPageSize);
        var page = Math.Max(0, filter.Page);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = StaleQuery(db, today);
        if (department is { } id)
        {
            query = query.Where(r => r.ProviderDepartmentId == id);
        }

        if (supervised is not null)
        {
            query = query.Where(r => supervised.Contains(r.ProviderDepartmentId));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(r => r.LastDataUpdate)
            .ThenBy(r => r.Code)
            .Skip(page * pageSize)
            .Take(pageSize)
            .Join(db.Departments, r => r.ProviderDepartmentId, d => d.Id, (r, d) => new
            {
                r.Id,
                Code = r.Code.Value,
                r.Name,
                r.ProviderDepartmentId,
                ProviderName = d.Name,
                r.UpdateCycle,
                r.LastDataUpdate,
            })
            .ToListAsync(cancellationToken);
        return new StaleResourcePage(
            rows.Select(r => new StaleResourceRow(
                r.Id, r.Code, r.Name, r.ProviderDepartmentId, r.ProviderName, r.UpdateCycle, r.LastDataUpdate,
                CatalogStaleness.DaysOverdue(r.UpdateCycle, r.LastDataUpdate, today))).ToList(),
            total,
            today);
    }

    /// <summary>The bureau's department filter: departments that have stale entries today (empty for everyone else).</summary>
    public async Task<IReadOnlyList<StaleDepartment>> DepartmentsAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.SeesAllDepartments)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ids = StaleQuery(db, ChinaTime.Today(time)).Select(r => r.ProviderDepartmentId).Distinct();
        return await db.Departments.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .OrderBy(d => d.Code)
            .Select(d => new StaleDepartment(d.Id, d.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Published entries stale on <paramref name="today"/>, translated to SQL (one threshold per cycle).</summary>
    public static IQueryable<DataResource> StaleQuery(GovDataDbContext db, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.DataResources.AsNoTracking().Where(IsStale(today));
    }

    /// <summary>
    /// The staleness rule of <see cref="CatalogStaleness"/> as a predicate SQL can run (one threshold date per cycle), so
    /// that other catalog queries (the list's stale filter) use the very same test.
    /// </summary>
    public static Expression<Func<DataResource, bool>> IsStale(DateOnly today)
    {
        var realTime = Threshold(UpdateCycle.RealTime, today);
        var daily = Threshold(UpdateCycle.Daily, today);
        var weekly = Threshold(UpdateCycle.Weekly, today);
        var monthly = Threshold(UpdateCycle.Monthly, today);
        var quarterly = Threshold(UpdateCycle.Quarterly, today);
        var halfYearly = Threshold(UpdateCycle.HalfYearly, today);
        var yearly = Threshold(UpdateCycle.Yearly, today);
        return r => r.Status == CatalogStatus.Published && r.UpdateCycle != UpdateCycle.Irregular
            && (r.LastDataUpdate == null
                || (r.UpdateCycle == UpdateCycle.RealTime && r.LastDataUpdate < realTime)
                || (r.UpdateCycle == UpdateCycle.Daily && r.LastDataUpdate < daily)
                || (r.UpdateCycle == UpdateCycle.Weekly && r.LastDataUpdate < weekly)
                || (r.UpdateCycle == UpdateCycle.Monthly && r.LastDataUpdate < monthly)
                || (r.UpdateCycle == UpdateCycle.Quarterly && r.LastDataUpdate < quarterly)
                || (r.UpdateCycle == UpdateCycle.HalfYearly && r.LastDataUpdate < halfYearly)
                || (r.UpdateCycle == UpdateCycle.Yearly && r.LastDataUpdate < yearly));
    }

    private static DateOnly Threshold(UpdateCycle cycle, DateOnly today) =>
        CatalogStaleness.StaleIfUpdatedBefore(cycle, today) ?? throw new InvalidOperationException($"{cycle} has no threshold.");
}
