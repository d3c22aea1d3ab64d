using GovData.Domain.Departments;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Identity;

/// <summary>The departments a user's district bureau supervises (<see cref="BureauSupervision"/>), as the sign-in cookie carries them.</summary>
public static class BureauScope
{
    /// <returns>The supervised ids for a district data bureau; null for any other department (the municipal bureau supervises all).</returns>
    public static async Task<IReadOnlySet<int>?> SupervisedDepartmentIdsAsync(GovDataDbContext db, Department department, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(department);
        if (!department.IsDataBureau || department.Level != DepartmentLevel.District)
        {
            return null;
        }

        var ids = await db.Departments.AsNoTracking()
            .Where(BureauSupervision.SupervisedByDistrictBureau(department.Id))
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
        return ids.ToHashSet();
    }
}
