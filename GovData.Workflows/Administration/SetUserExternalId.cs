using GovData.Workflows.Audit;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using GovData.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

/// <summary>
/// Records (or clears, with an empty value) the staff id the city's identity provider carries for a person, which is
/// the only thing a single sign-on is matched by (decision 0026). One id per account, unique; audited with the reason.
/// </summary>
public sealed class SetUserExternalId(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider clock)
{
    public const int MaxLength = 128;

    public async Task<AdminResult> ExecuteAsync(UserContext user, string userId, string? externalId, string reason, CancellationToken cancellationToken = default)
    {
        if (!AdminAccess.CanAdminister(user))
        {
            return AdminResult.Refused(AdminErrors.NotAllowed);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return AdminResult.Refused(AdminErrors.ReasonRequired);
        }

        var value = string.IsNullOrWhiteSpace(externalId) ? null : externalId.Trim();
        if (value is { Length: > MaxLength } || (value is not null && value.Any(char.IsControl)))
        {
            return AdminResult.Refused(AdminErrors.ExternalIdInvalid, MaxLength);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Attribute(user, clock);
        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (account is null)
        {
            return AdminResult.Refused(AdminErrors.UserNotFound);
        }

        if (account.DepartmentId is null)
        {
            return AdminResult.Refused(AdminErrors.ExternalIdStaffOnly);
        }

        if (value is not null && await db.Users.AnyAsync(u => u.ExternalId == value && u.Id != userId, cancellationToken))
        {
            return AdminResult.Refused(AdminErrors.ExternalIdTaken, value);
        }

        var before = account.ExternalId;
        account.ExternalId = value;
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
        db.RecordEvent(AdminAudit.UserExternalIdSet, nameof(ApplicationUser), userId,
            AuditSummary.Of(("email", account.Email), ("before", before), ("after", value), ("reason", reason.Trim())));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index decides a race between two accounts given the same id.
            return AdminResult.Refused(AdminErrors.ExternalIdTaken, value ?? string.Empty);
        }

        return AdminResult.Done();
    }
}
