using System.Security.Claims;
using GovData.Domain.Identity;

namespace GovData.Workflows.Identity;

/// <summary>Claims GovData adds to the sign-in cookie, and the way back from a principal to a <see cref="UserContext"/>.</summary>
public static class GovDataClaims
{
    public const string DepartmentId = "govdata:department_id";
    public const string DepartmentName = "govdata:department_name";
    public const string DepartmentIsDataBureau = "govdata:department_bureau";
    public const string DisplayName = "govdata:display_name";

    /// <summary>A district bureau's supervised department ids, comma-separated (BureauSupervision); absent for everyone else.</summary>
    public const string SupervisedDepartments = "govdata:supervised_departments";

    public static UserContext ToUserContext(this ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return UserContext.Anonymous;
        }

        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        var userName = principal.FindFirstValue(DisplayName) ?? principal.Identity.Name ?? string.Empty;
        int? departmentId = int.TryParse(principal.FindFirstValue(DepartmentId), out var id) ? id : null;
        var bureau = principal.FindFirstValue(DepartmentIsDataBureau) == "true";
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var supervised = principal.FindFirstValue(SupervisedDepartments) is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(v => int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1)
                .Where(n => n > 0)
                .ToHashSet()
            : null;
        return new UserContext(userId, userName, departmentId, bureau, roles, supervised);
    }
}
