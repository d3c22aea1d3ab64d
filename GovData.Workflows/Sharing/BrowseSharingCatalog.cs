using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Sharing;

/// <summary>Filters and page of the sharing catalog; <see cref="Page"/> counts from 0.</summary>
public sealed record SharingCatalogFilter(string? Text = null, ShareType? ShareType = null, int Page = 0, int PageSize = 20);

/// <summary>One published resource as the sharing catalog lists it; the legal basis only for Conditional/NotShared.</summary>
public sealed record SharingCatalogRow(
    int Id,
    string Code,
    string Name,
    int ProviderDepartmentId,
    string ProviderName,
    ShareType ShareType,
    string? Summary,
    string? LegalBasis,
    int ItemCount);

public sealed record SharingCatalogResult(IReadOnlyList<SharingCatalogRow> Rows, int TotalCount);

/// <summary>共享目录: the published resources with their share type, conditions, item count and legal basis.</summary>
public sealed class BrowseSharingCatalog(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public const int MaxPageSize = 100;

    public async Task<SharingCatalogResult> ExecuteAsync(UserContext user, SharingCatalogFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        if (!SharingAccess.CanBrowse(user))
        {
            return new SharingCatalogResult([], 0);
        }

        var pageSize = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.DataResources.AsNoTracking().Where(r => r.Status == CatalogStatus.Published);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            var providers = db.Departments.Where(d => d.Name.Contains(text) || d.Code == text).Select(d => d.Id);
            query = query.Where(r => ((string)(object)r.Code).Contains(text) || r.Name.Contains(text) || providers.Contains(r.ProviderDepartmentId));
        }

        if (filter.ShareType is { } shareType)
        {
            query = query.Where(r => r.ShareType == shareType);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(r => r.Code)
            .Skip(Math.Max(0, filter.Page) * pageSize)
            .Take(pageSize)
            .Join(db.Departments, r => r.ProviderDepartmentId, d => d.Id, (r, d) => new SharingCatalogRow(
                r.Id, r.Code.Value, r.Name, r.ProviderDepartmentId, d.Name, r.ShareType, r.Summary,
                r.ShareType == ShareType.Unconditional ? null : r.LegalBasis,
                db.DataItems.Count(i => i.DataResourceId == r.Id && !i.IsRetired)))
            .ToListAsync(cancellationToken);
        return new SharingCatalogResult(rows, total);
    }
}
