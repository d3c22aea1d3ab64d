using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Portal;

public sealed record PortalCount<T>(T Key, int Count);

public sealed record PortalDepartmentCount(int DepartmentId, string Code, string Name, int Count);

/// <summary>The portal's front page: counts per open type, theme, priority domain and department; the recently updated.</summary>
public sealed record PortalOverview(
    int Published,
    IReadOnlyList<PortalCount<OpenType>> ByOpenType,
    IReadOnlyList<PortalCount<PriorityDomain>> ByPriorityDomain,
    IReadOnlyList<PortalCount<Theme>> ByTheme,
    IReadOnlyList<PortalDepartmentCount> ByDepartment,
    IReadOnlyList<OpenEntrySummary> RecentlyUpdated);

public sealed class GetPortalOverview(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public const int RecentCount = 8;

    public async Task<PortalOverview> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var published = OpenCatalogQuery.Published(db).AsNoTracking();
        var byOpenType = await published.GroupBy(r => r.OpenType).Select(g => new PortalCount<OpenType>(g.Key, g.Count())).ToListAsync(cancellationToken);
        var byDomain = await published.Where(r => r.PriorityDomain != null).GroupBy(r => r.PriorityDomain!.Value)
            .Select(g => new PortalCount<PriorityDomain>(g.Key, g.Count())).ToListAsync(cancellationToken);
        var byTheme = await published.Where(r => r.Theme != null).GroupBy(r => r.Theme!.Value)
            .Select(g => new PortalCount<Theme>(g.Key, g.Count())).ToListAsync(cancellationToken);
        var byDepartment = await published.GroupBy(r => r.ProviderDepartmentId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var ids = byDepartment.Select(d => d.Key).ToList();
        var names = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => (d.Code, d.Name), cancellationToken);
        var recent = await OpenCatalogQuery.Summaries(db, published.Where(r => r.LastDataUpdate != null).OrderByDescending(r => r.LastDataUpdate).ThenBy(r => r.Code).Take(RecentCount))
            .ToListAsync(cancellationToken);
        return new PortalOverview(
            byOpenType.Sum(c => c.Count),
            [.. byOpenType.OrderBy(c => c.Key)],
            [.. byDomain.OrderBy(c => c.Key)],
            [.. byTheme.OrderByDescending(c => c.Count).ThenBy(c => c.Key)],
            [.. byDepartment.Select(d => new PortalDepartmentCount(d.Key, names[d.Key].Code, names[d.Key].Name, d.Count)).OrderByDescending(d => d.Count).ThenBy(d => d.Name, StringComparer.Ordinal)],
            recent);
    }
}
