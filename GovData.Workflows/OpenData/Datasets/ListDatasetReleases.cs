using GovData.Domain.Identity;
using GovData.Domain.OpenData;
using GovData.Workflows.Catalog;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>The entry and its releases, newest first, for the upload page.</summary>
public sealed record DatasetReleaseList(int EntryId, string Code, string Name, bool IsPublished, bool MayUpload, IReadOnlyList<string> ItemNames, IReadOnlyList<DatasetRelease> Releases);

/// <summary>
/// The releases of an entry, for staff who may see the entry (decision 0006); <see cref="DatasetReleaseList.MayUpload"/>
/// for the providing department's CatalogManagers. Null when the entry does not exist or is not visible.
/// </summary>
public sealed class ListDatasetReleases(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<DatasetReleaseList?> ExecuteAsync(UserContext user, int dataResourceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!CatalogVisibility.IsStaff(user))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.DataResources.AsNoTracking().Include(r => r.Items).Where(CatalogVisibility.VisibleTo(user))
            .SingleOrDefaultAsync(r => r.Id == dataResourceId, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var releases = await db.DatasetReleases.AsNoTracking().Where(r => r.DataResourceId == dataResourceId)
            .OrderByDescending(r => r.Number).Take(50).ToListAsync(cancellationToken);
        return new DatasetReleaseList(
            entry.Id,
            entry.Code.Value,
            entry.Name,
            entry.Status == Domain.Resources.CatalogStatus.Published,
            user.IsInRole(Roles.CatalogManager) && user.DepartmentId == entry.ProviderDepartmentId,
            [.. entry.ActiveItems.Select(i => i.Name)],
            releases);
    }
}
