using GovData.Domain.Identity;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

/// <summary>Queries the user use cases share: roles by name, and the last-active-SystemAdmin rule.</summary>
internal static class UserAdministration
{
    public static async Task<Dictionary<string, string>> RoleIdsAsync(GovDataDbContext db, CancellationToken cancellationToken) =>
        await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id, StringComparer.Ordinal, cancellationToken);

    /// <summary>True when <paramref name="userId"/> is the only active SystemAdmin left.</summary>
    public static async Task<bool> IsLastActiveAdminAsync(GovDataDbContext db, string userId, CancellationToken cancellationToken)
    {
        var adminRoleId = await db.Roles.Where(r => r.Name == Roles.SystemAdmin).Select(r => r.Id).SingleAsync(cancellationToken);
        var activeAdmins = await db.UserRoles
            .Where(ur => ur.RoleId == adminRoleId)
            .Join(db.Users.Where(u => u.DeactivatedAt == null), ur => ur.UserId, u => u.Id, (ur, _) => ur.UserId)
            .ToListAsync(cancellationToken);
        return activeAdmins.Count == 1 && activeAdmins[0] == userId;
    }

    public static async Task<List<string>> PasswordProblemsAsync(UserManager<ApplicationUser> userManager, ApplicationUser user, string password)
    {
        var problems = new List<string>();
        foreach (var validator in userManager.PasswordValidators)
        {
            var result = await validator.ValidateAsync(userManager, user, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }

        return problems;
    }
}
