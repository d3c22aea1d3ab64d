using GovData.Domain.Audit;
using GovData.Domain.Identity;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Audit;

/// <summary>
/// Writes a sign-in, failed sign-in, lockout or sign-out to the audit chain. The attempted user name is always kept
/// (for an unknown user it is all there is); a known user is recorded by id and display name.
/// </summary>
public sealed class RecordSignInEvent(UnitOfWork unitOfWork)
{
    public const string EntityType = nameof(ApplicationUser);

    public async Task ExecuteAsync(
        string action,
        ApplicationUser? user,
        string? attemptedUserName,
        SignInFailure? failure,
        string? remoteAddress,
        CancellationToken cancellationToken = default)
    {
        var name = user is null
            ? attemptedUserName ?? string.Empty
            : string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? string.Empty : user.DisplayName;
        // The row names who tried; a failed attempt is not an authenticated user, so it carries no roles.
        var actor = new UserContext(user?.Id ?? string.Empty, name, user?.DepartmentId, false, new HashSet<string>());
        var summary = AuditSummary.Of(
            ("userName", attemptedUserName ?? user?.UserName),
            ("reason", failure?.ToString()),
            ("ip", remoteAddress));
        await unitOfWork.RunAsync(actor, async (db, ct) =>
        {
            db.RecordEvent(action, EntityType, user?.Id, summary);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }
}
