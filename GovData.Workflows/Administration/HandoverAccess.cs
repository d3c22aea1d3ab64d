using GovData.Domain.Identity;

namespace GovData.Workflows.Administration;

/// <summary>
/// Who hands over a departed person's open items: the SystemAdmin, and a data bureau's officers for the departments
/// their bureau supervises (the municipal bureau all, a district bureau its district; Art. 5).
/// </summary>
internal static class HandoverAccess
{
    public static bool MayList(UserContext user) =>
        AdminAccess.CanAdminister(user) || (user.DepartmentIsDataBureau && user.IsInRole(Roles.BureauOfficer));

    public static bool MayHandOver(UserContext user, int? departmentId) =>
        AdminAccess.CanAdminister(user)
        || (user.DepartmentIsDataBureau && user.IsInRole(Roles.BureauOfficer) && departmentId is not null && user.SupervisesDepartment(departmentId));
}
