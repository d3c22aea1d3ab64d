using GovData.Domain.Identity;

namespace GovData.Workflows.Catalog;

/// <summary>Who may change a department's catalog: its own CatalogManagers (the bureau reviews, it does not edit).</summary>
public static class CatalogAccess
{
    public static bool CanEdit(UserContext user, int providerDepartmentId) =>
        user.IsAuthenticated && user.IsInRole(Roles.CatalogManager) && user.DepartmentId == providerDepartmentId;

    /// <summary>Drafts and their diffs: the providing department's staff and the bureau supervising it.</summary>
    public static bool CanSeeDrafts(UserContext user, int providerDepartmentId) =>
        user.SupervisesDepartment(providerDepartmentId) || (CatalogVisibility.IsStaff(user) && user.DepartmentId == providerDepartmentId);
}
