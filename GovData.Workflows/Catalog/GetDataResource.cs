using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>
/// One catalog entry in full. <see cref="ShareType"/> is null for the public; <see cref="Content"/> (every field and the
/// active data items, share attributes included) only for staff.
/// </summary>
public sealed record DataResourceDetail(
    int Id,
    string Code,
    string Name,
    int ProviderDepartmentId,
    string ProviderName,
    ShareType? ShareType,
    OpenType OpenType,
    CatalogStatus Status,
    string? LegalBasis,
    string? Summary,
    int CurrentVersion,
    bool IsStale,
    CatalogEntryContent? Content);

/// <summary>
/// One entry if the acting user may see it; null both when it does not exist and when it is not visible, so that the
/// answer never reveals that another department's draft exists.
/// </summary>
public sealed class GetDataResource(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    public async Task<DataResourceDetail?> ExecuteAsync(int id, UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var staff = CatalogVisibility.IsStaff(user);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var resource = await db.DataResources.AsNoTracking()
            .Include(r => r.Items)
            .Where(CatalogVisibility.VisibleTo(user))
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (resource is null)
        {
            return null;
        }

        var provider = await db.Departments.Where(d => d.Id == resource.ProviderDepartmentId).Select(d => d.Name).SingleAsync(cancellationToken);
        return new DataResourceDetail(
            resource.Id,
            resource.Code.Value,
            resource.Name,
            resource.ProviderDepartmentId,
            provider,
            staff ? resource.ShareType : null,
            resource.OpenType,
            resource.Status,
            resource.LegalBasis,
            resource.Summary,
            resource.CurrentVersion,
            resource.Status == CatalogStatus.Published && resource.IsStale(ChinaTime.Today(time)),
            staff ? resource.ToContent() : null);
    }
}
