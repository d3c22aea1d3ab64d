using GovData.Domain.Identity;
using GovData.Domain.Integration;

namespace GovData.Workflows.Integration;

/// <summary>
/// Who manages department API keys: the department's CatalogManager for its own department; the SystemAdmin may list
/// and revoke every department's keys (not create them: a key acts for a department, so its manager creates it).
/// A key itself never manages keys.
/// </summary>
public static class IntegrationAccess
{
    public static bool IsApiKey(UserContext user) => user.IsInRole(IntegrationRoles.DepartmentSystem);

    public static bool CanCreate(UserContext user) =>
        user.IsAuthenticated && !IsApiKey(user) && user.DepartmentId is not null && user.IsInRole(Roles.CatalogManager);

    public static bool SeesAll(UserContext user) => user.IsAuthenticated && !IsApiKey(user) && user.IsInRole(Roles.SystemAdmin);

    public static bool CanList(UserContext user) => SeesAll(user) || CanCreate(user);

    public static bool CanManage(UserContext user, int departmentId) =>
        SeesAll(user) || (CanCreate(user) && user.DepartmentId == departmentId);
}
