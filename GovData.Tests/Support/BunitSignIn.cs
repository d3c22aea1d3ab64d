using System.Globalization;
using System.Security.Claims;
using Bunit;
using GovData.Domain.Identity;
using GovData.Workflows.Identity;

namespace GovData.Tests.Support;

/// <summary>Signs a seeded user into a bUnit context with the claims a real sign-in produces (GovDataClaimsPrincipalFactory).</summary>
public static class BunitSignIn
{
    public static void SignIn(this BunitContext context, UserContext user, string? departmentName = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        var auth = context.AddAuthorization();
        auth.SetAuthorized(user.UserName);
        auth.SetRoles([.. user.Roles]);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user.UserId), new(GovDataClaims.DepartmentIsDataBureau, user.DepartmentIsDataBureau ? "true" : "false") };
        if (user.DepartmentId is { } department)
        {
            claims.Add(new Claim(GovDataClaims.DepartmentId, department.ToString(CultureInfo.InvariantCulture)));
        }

        if (departmentName is not null)
        {
            claims.Add(new Claim(GovDataClaims.DepartmentName, departmentName));
        }

        if (user.DepartmentIsDataBureau)
        {
            claims.Add(GovDataClaims.Supervised(user.SupervisedDepartmentIds));
        }

        auth.SetClaims([.. claims]);
    }

    /// <summary>Call once per test, before the first render. Synchronous on purpose: call it from the test method and
    /// the culture stays set there, where later clicks re-render.</summary>
    public static void SignInAs(this BunitContext context, UserContext user, string culture = "zh-CN")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        context.SignIn(user);
    }
}
