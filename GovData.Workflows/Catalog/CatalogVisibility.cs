using System.Linq.Expressions;
using GovData.Domain.Identity;
using GovData.Domain.Resources;

namespace GovData.Workflows.Catalog;

/// <summary>
/// Who may see which catalog entry (docs/decisions/0006-catalog-visibility.md): the municipal bureau and the system
/// administrator see every entry, a district bureau every entry of its district's departments; staff see
/// all entries of their own department, drafts included, and the published entries of the others; everyone else
/// (applicants, anonymous visitors) sees published entries only, without the sharing class.
/// </summary>
public static class CatalogVisibility
{
    /// <summary>Staff of a department; the public (applicants, anonymous) sees the open catalog only.</summary>
    public static bool IsStaff(UserContext user) => user.IsAuthenticated && user.Roles.Overlaps(Roles.Staff);

    /// <summary>The filter to apply to every query of <see cref="DataResource"/> made for <paramref name="user"/>.</summary>
    public static Expression<Func<DataResource, bool>> VisibleTo(UserContext user)
    {
        if (user.SeesAllDepartments)
        {
            return r => true;
        }

        if (user.IsDistrictBureauOfficer)
        {
            // A district bureau: its district's entries in every status, the others' published ones (Art. 5).
            var supervised = user.SupervisedDepartmentIds!.ToList();
            return r => supervised.Contains(r.ProviderDepartmentId) || r.Status == CatalogStatus.Published;
        }

        if (IsStaff(user) && user.DepartmentId is { } departmentId)
        {
            return r => r.ProviderDepartmentId == departmentId || r.Status == CatalogStatus.Published;
        }

        return r => r.Status == CatalogStatus.Published;
    }
}
