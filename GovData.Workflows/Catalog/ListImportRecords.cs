using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>The department's latest catalog imports (newest first), for its staff.</summary>
public sealed class ListImportRecords(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<IReadOnlyList<ImportRecord>> ExecuteAsync(UserContext user, int take = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.DepartmentId is not { } departmentId || !CatalogVisibility.IsStaff(user))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ImportRecords.AsNoTracking()
            .Where(r => r.DepartmentId == departmentId)
            .OrderByDescending(r => r.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
    }
}
