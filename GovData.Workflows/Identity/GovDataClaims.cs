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

    /// <summary>Present while the account holds a temporary password (ApplicationUser.MustChangePassword).</summary>
    public const string MustChangePassword = "govdata:must_change_password";

    /// <summary>
    /// A data bureau's supervision (BureauSupervision): <see cref="AllDepartments"/> for the municipal bureau, the
    /// supervised department ids comma-separated for a district bureau; absent for everyone else. A bureau officer's
    /// principal without it supervises nothing (fail closed), never everything.
    /// </summary>
    public const string SupervisedDepartments = "govdata:supervised_departments";

    /// <summary>The <see cref="SupervisedDepartments"/> value of the municipal bureau (the whole city).</summary>
    public const string AllDepartments = "*";

    /// <summary>The claim for a bureau supervising <paramref name="ids"/> (null: all departments).</summary>
    public static Claim Supervised(IReadOnlySet<int>? ids) =>
        new(SupervisedDepartments, ids is null ? AllDepartments : string.Join(',', ids.Order().Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

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
        var supervised = principal.FindFirstValue(SupervisedDepartments) switch
        {
            AllDepartments => null,
            { } list => list.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(v => int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1)
                .Where(n => n > 0)
                .ToHashSet(),
            // A bureau officer whose principal does not say what the bureau supervises sees no department's data
            // (an empty district), rather than the whole city.
            null when bureau && roles.Contains(Roles.BureauOfficer) => new HashSet<int>(),
            null => null,
        };
        return new UserContext(userId, userName, departmentId, bureau, roles, supervised);
    }
}
