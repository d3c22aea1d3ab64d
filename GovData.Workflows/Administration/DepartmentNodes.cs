using GovData.Domain.Departments;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

/// <summary>The whole department tree as the tree rules take it (a city has hundreds of departments, not millions).</summary>
internal static class DepartmentNodes
{
    public static async Task<List<DepartmentNode>> LoadAsync(GovDataDbContext db, CancellationToken cancellationToken) =>
        await db.Departments.AsNoTracking()
            .Select(d => new DepartmentNode(d.Id, d.ParentId, d.Kind, d.Level, d.Code, d.Name))
            .ToListAsync(cancellationToken);
}
