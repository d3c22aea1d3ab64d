using GovData.Domain.Identity;
using GovData.Workflows.Audit;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

/// <summary>What deactivating someone left for others: API keys revoked, open inbox items for the bureau to reassign.</summary>
public sealed record DeactivationOutcome(AdminResult Result, int KeysRevoked, int OpenItems = 0);

/// <summary>
/// Deactivates an account in one audited save: sign-in refused (locked out for good, so Identity's own check refuses
/// it), the security stamp renewed (every cookie issued before is rejected when the stamp is validated), and the API
/// keys the user created revoked. Nothing the user did is deleted. The last active SystemAdmin cannot be deactivated,
/// and nobody deactivates themself.
/// </summary>
public sealed class DeactivateUser(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    public async Task<DeactivationOutcome> ExecuteAsync(UserContext user, string userId, string reason, CancellationToken cancellationToken = default)
    {
        if (!AdminAccess.CanAdminister(user))
        {
            return new(AdminResult.Refused(AdminErrors.NotAllowed), 0);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new(AdminResult.Refused(AdminErrors.ReasonRequired), 0);
        }

        if (user.UserId == userId)
        {
            return new(AdminResult.Refused(AdminErrors.NotYourself), 0);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Attribute(user, time);
        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (account is null)
        {
            return new(AdminResult.Refused(AdminErrors.UserNotFound), 0);
        }

        if (account.DeactivatedAt is not null)
        {
            return new(AdminResult.Refused(AdminErrors.UserInactive, account.Email ?? string.Empty), 0);
        }

        if (await UserAdministration.IsLastActiveAdminAsync(db, userId, cancellationToken))
        {
            return new(AdminResult.Refused(AdminErrors.LastAdmin), 0);
        }

        var now = time.GetUtcNow();
        account.DeactivatedAt = now.UtcDateTime;
        account.LockoutEnabled = true;
        account.LockoutEnd = DateTimeOffset.MaxValue;
        account.SecurityStamp = Guid.NewGuid().ToString("N");
        account.ConcurrencyStamp = Guid.NewGuid().ToString();

        var keys = await db.DepartmentApiKeys
            .Where(k => k.CreatedByUserId == userId && k.RevokedAtUtc == null)
            .ToListAsync(cancellationToken);
        foreach (var key in keys)
        {
            key.Revoke(user.UserId, now.UtcDateTime);
        }

        // Their open items stay where they are and are listed for the bureau to hand over (ListOrphanedItems).
        var openItems = await db.WorkflowInstances.CountAsync(i => i.StartedByUserId == userId && i.ClosedAtUtc == null, cancellationToken);
        db.RecordEvent(AdminAudit.UserDeactivated, nameof(ApplicationUser), userId,
            AuditSummary.Of(("email", account.Email), ("keysRevoked", keys.Count), ("openItems", openItems), ("reason", reason.Trim())));
        await db.SaveChangesAsync(cancellationToken);
        return new(AdminResult.Done(), keys.Count, openItems);
    }
}
