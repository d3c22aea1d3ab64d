using GovData.Domain.Identity;

namespace GovData.Workflows.Administration.EmergencyPlans;

/// <summary>
/// Who may read a department's emergency plan (Art. 31): the SystemAdmin, the department's own security officers and
/// leads, and the bureau that supervises it. Anyone else is told the plan does not exist.
/// </summary>
public static class EmergencyPlanAccess
{
    public static bool CanRead(UserContext user, int departmentId, string? designatedOfficerUserId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return false;
        }

        if (AdminAccess.CanAdminister(user) || user.UserId == designatedOfficerUserId)
        {
            return true;
        }

        if (user.DepartmentId == departmentId && (user.IsInRole(Roles.SecurityOfficer) || user.IsInRole(Roles.DepartmentLead)))
        {
            return true;
        }

        return user.IsInRole(Roles.BureauOfficer) && user.DepartmentIsDataBureau && user.SupervisesDepartment(departmentId);
    }
}
