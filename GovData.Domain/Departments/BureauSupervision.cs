using System.Linq.Expressions;

namespace GovData.Domain.Departments;

/// <summary>
/// Which departments a data bureau supervises (Art. 5): the municipal bureau the whole city; a district bureau itself
/// and the district-level departments placed under it (<see cref="Department.ParentId"/>), never a municipal
/// department. The one place this rule is written: catalog review (<see cref="Catalog.CatalogReviewBureau"/>) and what
/// a district bureau officer may see (<see cref="Identity.UserContext.SupervisedDepartmentIds"/>) both use it.
/// </summary>
public static class BureauSupervision
{
    public static bool Supervises(Department bureau, Department department)
    {
        ArgumentNullException.ThrowIfNull(bureau);
        ArgumentNullException.ThrowIfNull(department);
        return bureau.IsDataBureau
            && (bureau.Level == DepartmentLevel.Municipal || department.Id == bureau.Id || IsDistrictDepartmentOf(bureau.Id, department));
    }

    /// <summary>A district-level department placed under the bureau.</summary>
    public static bool IsDistrictDepartmentOf(int bureauId, Department department)
    {
        ArgumentNullException.ThrowIfNull(department);
        return IsDistrictDepartmentOf(bureauId, department.Level, department.ParentId);
    }

    /// <summary>The same rule over a department's level and (perhaps proposed) parent, for the tree's move preview.</summary>
    public static bool IsDistrictDepartmentOf(int bureauId, DepartmentLevel level, int? parentId) =>
        level == DepartmentLevel.District && parentId == bureauId;

    /// <summary>The departments a district bureau supervises, as a query filter (itself included).</summary>
    public static Expression<Func<Department, bool>> SupervisedByDistrictBureau(int bureauId) =>
        d => d.Id == bureauId || (d.Level == DepartmentLevel.District && d.ParentId == bureauId);
}
