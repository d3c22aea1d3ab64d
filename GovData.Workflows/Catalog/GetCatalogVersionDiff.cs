using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary><see cref="Number"/>: a version (compared with the one before it); null: the open draft against the live entry.</summary>
public sealed record CatalogVersionDiffQuery(int ResourceId, int? Number);

public sealed record CatalogVersionDiff(int ResourceId, int? BeforeNumber, int? AfterNumber, CatalogEntryContent After, CatalogDiff Diff);

/// <summary>
/// What a version changed (field by field, items added / removed / changed), or what the open draft would change.
/// Versions: all staff who may see the entry; the draft: its department and the bureau. Null otherwise (or not found).
/// </summary>
public sealed class GetCatalogVersionDiff(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<CatalogVersionDiff?> ExecuteAsync(UserContext user, CatalogVersionDiffQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(query);
        if (!CatalogVisibility.IsStaff(user))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var resource = await db.DataResources.AsNoTracking().Include(r => r.Items)
            .Where(CatalogVisibility.VisibleTo(user))
            .SingleOrDefaultAsync(r => r.Id == query.ResourceId, cancellationToken);
        if (resource is null)
        {
            return null;
        }

        if (query.Number is not { } number)
        {
            if (!CatalogAccess.CanSeeDrafts(user, resource.ProviderDepartmentId))
            {
                return null;
            }

            var draft = await db.CatalogDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.OpenForResourceId == resource.Id, cancellationToken);
            if (draft is null)
            {
                return null;
            }

            var live = resource.CurrentVersion > 0 ? resource.ToContent() : null;
            var content = draft.Content();
            return new CatalogVersionDiff(resource.Id, live is null ? null : resource.CurrentVersion, null, content, CatalogDiff.Between(live, content));
        }

        var pair = await db.CatalogVersions.AsNoTracking()
            .Where(v => v.DataResourceId == resource.Id && (v.Number == number || v.Number == number - 1))
            .ToListAsync(cancellationToken);
        var after = pair.SingleOrDefault(v => v.Number == number);
        if (after is null)
        {
            return null;
        }

        var before = pair.SingleOrDefault(v => v.Number == number - 1);
        var afterContent = after.Content();
        return new CatalogVersionDiff(resource.Id, before?.Number, number, afterContent, CatalogDiff.Between(before?.Content(), afterContent));
    }
}
