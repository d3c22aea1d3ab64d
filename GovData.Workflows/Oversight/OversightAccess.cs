using GovData.Domain.Identity;

namespace GovData.Workflows.Oversight;

/// <summary>
/// Who sees and does what in oversight: bureau officers act on the departments they supervise (the municipal bureau the
/// city, a district bureau its district); a department's staff see their own department's orders (and its lead acts on
/// them through the workflow); nobody else sees any order. Published criticisms are public.
/// </summary>
public static class OversightAccess
{
    public static bool IsBureau(UserContext user) =>
        user is not null && user.IsInRole(Roles.BureauOfficer) && user.DepartmentIsDataBureau;

    /// <summary>May issue, verify and criticise for <paramref name="departmentId"/>.</summary>
    public static bool MayOversee(UserContext user, int departmentId) => IsBureau(user) && user.SupervisesDepartment(departmentId);

    /// <summary>May read the orders of <paramref name="departmentId"/>: its supervisors, the administrator, or its own staff.</summary>
    public static bool MaySeeOrdersOf(UserContext user, int departmentId) =>
        user is not null && user.IsAuthenticated
        && (MayOversee(user, departmentId) || user.IsInRole(Roles.SystemAdmin) || user.DepartmentId == departmentId);
}
