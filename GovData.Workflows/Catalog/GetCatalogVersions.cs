using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

public sealed record CatalogVersionRow(int Number, DateTime PublishedAtUtc, string PublishedByName);

/// <summary>The open draft as far as the user may see it (its department and the bureau).</summary>
public sealed record CatalogDraftRow(int Id, CatalogDraftStatus Status, int BaseVersion, DateTime UpdatedAtUtc, long? WorkflowInstanceId, int Revision);

public sealed record CatalogHistory(int ResourceId, string Code, IReadOnlyList<CatalogVersionRow> Versions, CatalogDraftRow? OpenDraft);

/// <summary>
/// An entry's history: its published versions (readable by all staff) and its open draft (only for the providing
/// department and the bureau). Null when the entry does not exist or the user may not see it.
/// </summary>
public sealed class GetCatalogVersions(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<CatalogHistory?> ExecuteAsync(UserContext user, int resourceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!CatalogVisibility.IsStaff(user))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var resource = await db.DataResources.AsNoTracking()
            .Where(CatalogVisibility.VisibleTo(user))
            .Where(r => r.Id == resourceId)
            .Select(r => new { r.Id, r.Code, r.ProviderDepartmentId })
            .SingleOrDefaultAsync(cancellationToken);
        if (resource is null)
        {
            return null;
        }

        var versions = await db.CatalogVersions.AsNoTracking()
            .Where(v => v.DataResourceId == resourceId)
            .OrderByDescending(v => v.Number)
            .Select(v => new CatalogVersionRow(v.Number, v.PublishedAtUtc, v.PublishedByName))
            .ToListAsync(cancellationToken);
        var draft = CatalogAccess.CanSeeDrafts(user, resource.ProviderDepartmentId)
            ? await db.CatalogDrafts.AsNoTracking()
                .Where(d => d.OpenForResourceId == resourceId)
                .Select(d => new CatalogDraftRow(d.Id, d.Status, d.BaseVersion, d.UpdatedAtUtc, d.WorkflowInstanceId, d.Revision))
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        return new CatalogHistory(resource.Id, resource.Code.Value, versions, draft);
    }
}
