using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>Filters and page of the catalog list. <see cref="Page"/> counts from 0.</summary>
public sealed record DataResourceFilter(
    string? Text = null,
    ShareType? ShareType = null,
    OpenType? OpenType = null,
    CatalogStatus? Status = null,
    int Page = 0,
    int PageSize = DataResourceFilter.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}

/// <summary>One catalog entry as a list row. <see cref="ShareType"/> is null for the public (not part of the open catalog).</summary>
public sealed record DataResourceRow(
    int Id,
    string Code,
    string Name,
    int ProviderDepartmentId,
    string ProviderName,
    ShareType? ShareType,
    OpenType OpenType,
    CatalogStatus Status,
    string? LegalBasis);

public sealed record DataResourcePage(IReadOnlyList<DataResourceRow> Rows, int TotalCount);

/// <summary>The catalog as the acting user may see it (scoped here, not only in the UI), filtered and paged.</summary>
public sealed class ListDataResources(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<DataResourcePage> ExecuteAsync(UserContext user, DataResourceFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        var pageSize = Math.Clamp(filter.PageSize, 1, DataResourceFilter.MaxPageSize);
        var page = Math.Max(0, filter.Page);
        var staff = CatalogVisibility.IsStaff(user);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.DataResources.AsNoTracking().Where(CatalogVisibility.VisibleTo(user));
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            var providers = db.Departments.Where(d => d.Name.Contains(text) || d.Code == text).Select(d => d.Id);
            query = query.Where(r => ((string)(object)r.Code).Contains(text) || r.Name.Contains(text) || providers.Contains(r.ProviderDepartmentId));
        }

        // The sharing class is not published to the public, so the public cannot filter by it either.
        if (filter.ShareType is { } shareType && staff)
        {
            query = query.Where(r => r.ShareType == shareType);
        }

        if (filter.OpenType is { } openType)
        {
            query = query.Where(r => r.OpenType == openType);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(r => r.Code)
            .Skip(page * pageSize)
            .Take(pageSize)
            .Join(db.Departments, r => r.ProviderDepartmentId, d => d.Id, (r, d) => new DataResourceRow(
                r.Id, r.Code.Value, r.Name, r.ProviderDepartmentId, d.Name, staff ? r.ShareType : null, r.OpenType, r.Status, r.LegalBasis))
            .ToListAsync(cancellationToken);
        return new DataResourcePage(rows, total);
    }
}
