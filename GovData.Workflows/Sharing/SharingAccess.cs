using GovData.Domain.Identity;

namespace GovData.Workflows.Sharing;

/// <summary>Who may ask for shared data: a department's requester (经办人) or its lead, on behalf of that department.</summary>
public static class SharingAccess
{
    public static bool CanRequest(UserContext user) =>
        user.IsAuthenticated && user.DepartmentId is not null
        && (user.IsInRole(Roles.Requester) || user.IsInRole(Roles.DepartmentLead));

    /// <summary>The sharing catalog is for staff of departments (the public uses the open catalog).</summary>
    public static bool CanBrowse(UserContext user) => user.IsAuthenticated && user.Roles.Overlaps(Roles.Staff);
}
