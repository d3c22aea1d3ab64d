using GovData.Domain.Identity;
using GovData.Workflows.Audit;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

/// <summary>
/// Replaces a user's roles. The security stamp is left alone on purpose: the cookie's principal is rebuilt from the
/// database when the stamp is validated (every request), so the new roles apply on the next request without signing
/// the user out. The last active SystemAdmin keeps that role.
/// </summary>
public sealed class ChangeUserRoles(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider clock)
{
    public async Task<AdminResult> ExecuteAsync(UserContext user, string userId, IReadOnlyCollection<string> roles, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (!AdminAccess.CanAdminister(user))
        {
            return AdminResult.Refused(AdminErrors.NotAllowed);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Refused(AdminErrors.ReasonRequired);
        }

        if (roles.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown)
        {
            return AdminResult.Refused(AdminErrors.RoleUnknown, unknown);
        }

        if (roles.Count == 0)
        {
            return AdminResult.Refused(AdminErrors.RolesRequired);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Attribute(user, clock);
        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (account is null)
        {
            return AdminResult.Refused(AdminErrors.UserNotFound);
        }

        var roleIds = await UserAdministration.RoleIdsAsync(db, cancellationToken);
        var current = await db.UserRoles.Where(ur => ur.UserId == userId).ToListAsync(cancellationToken);
        var names = roleIds.ToDictionary(r => r.Value, r => r.Key, StringComparer.Ordinal);
        var before = current.Select(ur => names[ur.RoleId]).OrderBy(r => r, StringComparer.Ordinal).ToList();
        if (before.Contains(Roles.SystemAdmin) && !roles.Contains(Roles.SystemAdmin)
            && await UserAdministration.IsLastActiveAdminAsync(db, userId, cancellationToken))
        {
            return AdminResult.Refused(AdminErrors.LastAdmin);
        }

        var wanted = roles.Select(r => roleIds[r]).ToHashSet(StringComparer.Ordinal);
        db.UserRoles.RemoveRange(current.Where(ur => !wanted.Contains(ur.RoleId)));
        db.UserRoles.AddRange(wanted.Where(id => current.All(ur => ur.RoleId != id))
            .Select(id => new IdentityUserRole<string> { UserId = userId, RoleId = id }));
        db.RecordEvent(AdminAudit.UserRolesChanged, nameof(ApplicationUser), userId, AuditSummary.Of(
            ("from", string.Join(",", before)),
            ("to", string.Join(",", roles.OrderBy(r => r, StringComparer.Ordinal))),
            ("reason", reason.Trim())));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done();
    }
}
