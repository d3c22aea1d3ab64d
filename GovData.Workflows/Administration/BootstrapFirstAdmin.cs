using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovData.Workflows.Administration;

/// <summary>
/// First start on an empty database (no demo seed): creates the municipal data bureau and the first SystemAdmin from
/// the <c>Bootstrap</c> settings, and nothing else. Once a SystemAdmin exists it does nothing, so the settings (and a
/// password left in the environment) are ignored from then on. Missing settings or a password Identity's rules refuse
/// stop the start with a <see cref="BootstrapException"/> naming them, before anything is written.
/// </summary>
public sealed class BootstrapFirstAdmin(
    IDbContextFactory<GovDataDbContext> contextFactory,
    UserManager<ApplicationUser> userManager,
    ILogger<BootstrapFirstAdmin> logger, TimeProvider clock)
{
    /// <summary>Returns true when it created the admin, false when one existed already.</summary>
    public async Task<bool> ExecuteAsync(BootstrapOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if ((await userManager.GetUsersInRoleAsync(Roles.SystemAdmin)).Count > 0)
        {
            return false;
        }

        var missing = options.MissingSettings();
        if (missing.Count > 0)
        {
            throw new BootstrapException(
                "The database has no SystemAdmin and the demo seed is off: set " + string.Join(", ", missing)
                + " (appsettings.json or environment variables such as Bootstrap__AdminEmail) to create the first one.");
        }

        var email = options.AdminEmail!.Trim();
        var code = options.BureauCode!.Trim();
        if (!DepartmentCode.IsValid(code))
        {
            throw new BootstrapException($"Bootstrap:BureauCode '{code}' is not a valid department code: {DepartmentCode.Rule}.");
        }

        var admin = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "系统管理员",
        };
        var problems = new List<string>();
        foreach (var validator in userManager.PasswordValidators)
        {
            var result = await validator.ValidateAsync(userManager, admin, options.AdminPassword);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }

        if (problems.Count > 0)
        {
            throw new BootstrapException("Bootstrap:AdminPassword is too weak: " + string.Join(" ", problems));
        }

        // The first start acts as the system (there is no user yet).
        await using var db = (await contextFactory.CreateDbContextAsync(cancellationToken)).Attribute(null, clock);
        // A start that stopped half-way (e.g. on a duplicate e-mail) left the bureau: take it rather than refuse.
        var bureau = await db.Departments.SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        if (bureau is null)
        {
            bureau = new Department(code, options.BureauName!, DepartmentLevel.Municipal, DepartmentKind.DataBureau);
            db.Departments.Add(bureau);
            await db.SaveChangesAsync(cancellationToken);
        }

        admin.DepartmentId = bureau.Id;
        var created = await userManager.CreateAsync(admin, options.AdminPassword!);
        if (!created.Succeeded)
        {
            throw new BootstrapException("Bootstrap:AdminEmail cannot be used: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await userManager.AddToRoleAsync(admin, Roles.SystemAdmin);
        logger.LogInformation("Created the first SystemAdmin {Email} in {Bureau} ({Code})", email, bureau.Name, bureau.Code);
        return true;
    }
}
