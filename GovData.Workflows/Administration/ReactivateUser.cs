using GovData.Domain.Identity;
using GovData.Workflows.Audit;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

/// <summary>Lets a deactivated account sign in again (its revoked API keys stay revoked: a new key is a new decision).</summary>
public sealed class ReactivateUser(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider clock)
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

        if (account.DeactivatedAt is null)
        {
            return AdminResult.Refused(AdminErrors.UserAlreadyActive, account.Email ?? string.Empty);
        }

        if (account.DepartmentId is { } departmentId
            && !(await db.Departments.AsNoTracking().SingleAsync(d => d.Id == departmentId, cancellationToken)).IsActive)
        {
            return AdminResult.Refused(AdminErrors.ParentInactive, departmentId);
        }

        account.DeactivatedAt = null;
        account.LockoutEnd = null;
        account.AccessFailedCount = 0;
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
        db.RecordEvent(AdminAudit.UserReactivated, nameof(ApplicationUser), userId, AuditSummary.Of(("email", account.Email), ("reason", reason.Trim())));
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Done();
    }
}
