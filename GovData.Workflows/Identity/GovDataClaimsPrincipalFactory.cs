using System.Globalization;
using System.Security.Claims;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovData.Workflows.Identity;

/// <summary>Puts the user's department and display name into the cookie so every use case knows the scope.</summary>
public sealed class GovDataClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    IDbContextFactory<GovDataDbContext> contextFactory)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(GovDataClaims.DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? string.Empty : user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(GovDataClaims.MustChangePassword, "true"));
        }

        if (user.DepartmentId is { } departmentId)
        {
            await using var db = await contextFactory.CreateDbContextAsync();
            var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == departmentId);
            identity.AddClaim(new Claim(GovDataClaims.DepartmentId, departmentId.ToString(CultureInfo.InvariantCulture)));
            if (department is not null)
            {
                identity.AddClaim(new Claim(GovDataClaims.DepartmentName, department.Name));
                identity.AddClaim(new Claim(GovDataClaims.DepartmentIsDataBureau, department.IsDataBureau ? "true" : "false"));
                if (department.IsDataBureau)
                {
                    // A district bureau sees its district only (Art. 5), the municipal bureau all. Rebuilt from the
                    // database on every request (IdentitySetup: stamp validation interval 0), so a move applies at once.
                    identity.AddClaim(GovDataClaims.Supervised(await BureauScope.SupervisedDepartmentIdsAsync(db, department)));
                }
            }
        }

        return identity;
    }
}
