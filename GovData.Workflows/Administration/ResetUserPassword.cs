using System.Security.Cryptography;
using GovData.Domain.Identity;
using GovData.Workflows.Audit;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration;

/// <summary>What a reset gave: the temporary password, shown once to the administrator and never stored in clear.</summary>
public sealed record PasswordResetOutcome(AdminResult Result, string? TemporaryPassword);

/// <summary>
/// Gives an account a generated temporary password that must be changed at the next sign-in (decision 0026), in one
/// audited save with the reason: the old password stops working, every open session ends (new security stamp), a
/// lockout is lifted, and until the user picks their own password every request leads to the change page.
/// </summary>
public sealed class ResetUserPassword(IDbContextFactory<GovDataDbContext> contextFactory, UserManager<ApplicationUser> userManager, TimeProvider clock)
{
    // No 0/O, 1/l/I: the administrator reads the password out or writes it down.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";

    public async Task<PasswordResetOutcome> ExecuteAsync(UserContext user, string userId, string reason, CancellationToken cancellationToken = default)
    {
        if (!AdminAccess.CanAdminister(user))
        {
            return new(AdminResult.Refused(AdminErrors.NotAllowed), null);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new(AdminResult.Refused(AdminErrors.ReasonRequired), null);
        }

        if (user.UserId == userId)
        {
            return new(AdminResult.Refused(AdminErrors.NotYourself), null);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Attribute(user, clock);
        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (account is null)
        {
            return new(AdminResult.Refused(AdminErrors.UserNotFound), null);
        }

        if (account.DeactivatedAt is not null)
        {
            return new(AdminResult.Refused(AdminErrors.UserInactive, account.Email ?? string.Empty), null);
        }

        var password = await GenerateAsync(account);
        account.PasswordHash = userManager.PasswordHasher.HashPassword(account, password);
        account.MustChangePassword = true;
        account.LockoutEnd = null;
        account.AccessFailedCount = 0;
        account.SecurityStamp = Guid.NewGuid().ToString("N");
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
        db.RecordEvent(AdminAudit.UserPasswordReset, nameof(ApplicationUser), userId,
            AuditSummary.Of(("email", account.Email), ("reason", reason.Trim())));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another administrator changed the account at the same moment: one decision, a clear message.
            return new(AdminResult.Refused(AdminErrors.ChangedMeanwhile), null);
        }

        return new(AdminResult.Done(), password);
    }

    private async Task<string> GenerateAsync(ApplicationUser account)
    {
        while (true)
        {
            var chars = (RandomNumberGenerator.GetString(Upper, 3) + RandomNumberGenerator.GetString(Lower, 6) + RandomNumberGenerator.GetString(Digits, 3)).ToCharArray();
            RandomNumberGenerator.Shuffle(chars.AsSpan());
            var password = new string(chars);
            if ((await UserAdministration.PasswordProblemsAsync(userManager, account, password)).Count == 0)
            {
                return password;
            }
        }
    }
}
