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
        if (user.DepartmentId is { } departmentId)
        {
            await using var db = await contextFactory.CreateDbContextAsync();
            var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == departmentId);
            identity.AddClaim(new Claim(GovDataClaims.DepartmentId, departmentId.ToString(CultureInfo.InvariantCulture)));
            if (department is not null)
            {
                identity.AddClaim(new Claim(GovDataClaims.DepartmentName, department.Name));
                identity.AddClaim(new Claim(GovDataClaims.DepartmentIsDataBureau, department.IsDataBureau ? "true" : "false"));
                if (await BureauScope.SupervisedDepartmentIdsAsync(db, department) is { } supervised)
                {
                    // A district bureau sees its district only (Art. 5): the departments it supervises go into the cookie.
                    identity.AddClaim(new Claim(GovDataClaims.SupervisedDepartments, string.Join(',', supervised.Select(id => id.ToString(CultureInfo.InvariantCulture)))));
                }
            }
        }

        return identity;
    }
}
