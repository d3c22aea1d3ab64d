using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>One catalog entry in full. <see cref="ShareType"/> is null for the public.</summary>
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
    string? Summary);

/// <summary>
/// One entry if the acting user may see it; null both when it does not exist and when it is not visible, so that the
/// answer never reveals that another department's draft exists.
/// </summary>
public sealed class GetDataResource(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<DataResourceDetail?> ExecuteAsync(int id, UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var staff = CatalogVisibility.IsStaff(user);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.DataResources.AsNoTracking()
            .Where(CatalogVisibility.VisibleTo(user))
            .Where(r => r.Id == id)
            .Join(db.Departments, r => r.ProviderDepartmentId, d => d.Id, (r, d) => new DataResourceDetail(
                r.Id, r.Code.Value, r.Name, r.ProviderDepartmentId, d.Name, staff ? r.ShareType : null, r.OpenType, r.Status, r.LegalBasis, r.Summary))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
