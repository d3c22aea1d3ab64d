using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Sharing;

public sealed record DataItemRow(int Id, string Name, string EnglishName, DataItemType DataType, int? Length, string? Description);

public sealed record SharingResourceDetail(SharingCatalogRow Resource, IReadOnlyList<DataItemRow> Items, bool CanRequest);

/// <summary>One published resource of the sharing catalog with its data items; null when not visible.</summary>
public sealed class GetSharingResource(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<SharingResourceDetail?> ExecuteAsync(UserContext user, int resourceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!SharingAccess.CanBrowse(user))
        {
            return null;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.DataResources.AsNoTracking()
            .Where(r => r.Id == resourceId && r.Status == CatalogStatus.Published)
            .Join(db.Departments, r => r.ProviderDepartmentId, d => d.Id, (r, d) => new SharingCatalogRow(
                r.Id, r.Code.Value, r.Name, r.ProviderDepartmentId, d.Name, r.ShareType, r.Summary,
                r.ShareType == ShareType.Unconditional ? null : r.LegalBasis,
                db.DataItems.Count(i => i.DataResourceId == r.Id && !i.IsRetired)))
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var items = await db.DataItems.AsNoTracking()
            .Where(i => i.DataResourceId == resourceId && !i.IsRetired)
            .OrderBy(i => i.Position)
            .Select(i => new DataItemRow(i.Id, i.Name, i.EnglishName, i.DataType, i.Length, i.Description))
            .ToListAsync(cancellationToken);
        var canRequest = SharingAccess.CanRequest(user) && row.ShareType != ShareType.NotShared && row.ProviderDepartmentId != user.DepartmentId;
        return new SharingResourceDetail(row, items, canRequest);
    }
}
