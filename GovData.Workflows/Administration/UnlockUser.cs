using GovData.Domain.Identity;
using GovData.Workflows.Audit;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

/// <summary>Ends a lockout after failed sign-ins. A deactivated account is not unlocked: that is a reactivation.</summary>
public sealed class UnlockUser(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider clock)
{
    public async Task<AdminResult> ExecuteAsync(UserContext user, string userId, string reason, CancellationToken cancellationToken = default)
    {
        if (!AdminAccess.CanAdminister(user))
        {
            return AdminResult.Refused(AdminErrors.NotAllowed);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Refused(AdminErrors.ReasonRequired);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Attribute(user, clock);
        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (account is null)
        {
            return AdminResult.Refused(AdminErrors.UserNotFound);
        }

        if (account.DeactivatedAt is not null)
        {
            return AdminResult.Refused(AdminErrors.UserInactive, account.Email ?? string.Empty);
        }

        account.LockoutEnd = null;
        account.AccessFailedCount = 0;
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
        db.RecordEvent(AdminAudit.UserUnlocked, nameof(ApplicationUser), userId, AuditSummary.Of(("email", account.Email), ("reason", reason.Trim())));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done();
    }
}
