using System.Globalization;
using System.Security.Claims;
using Bunit;
using GovData.Domain.Identity;
using GovData.Workflows.Identity;

namespace GovData.Tests.Support;

/// <summary>Signs a seeded user into a bUnit context with the claims a real sign-in gives (roles, department, bureau flag).</summary>
public static class BunitSignIn
{
    /// <summary>Call once per test, before the first render. Synchronous on purpose: call it from the test method and
    /// the culture stays set there, where later clicks re-render.</summary>
    public static void SignInAs(this BunitContext context, UserContext user, string culture = "zh-CN")
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var auth = context.AddAuthorization();
        auth.SetAuthorized(user.UserName);
        auth.SetRoles([.. user.Roles]);
        auth.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, user.UserId),
            new Claim(GovDataClaims.DepartmentId, user.DepartmentId!.Value.ToString(CultureInfo.InvariantCulture)),
            new Claim(GovDataClaims.DepartmentIsDataBureau, user.DepartmentIsDataBureau ? "true" : "false"));
    }
}
