using GovData.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace GovData.Workflows.Seeding;

/// <summary>The eight roles are product data: created on every start, with or without the demo seed.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole> roleManager)
{
    public async Task SeedAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
