using System.Security.Claims;
using GovData.Domain.Audit;
using GovData.Workflows.Audit;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovData.Web.Identity;

/// <summary>Why a single sign-on did not open a session (the refusal page's text key and the audit reason).</summary>
public enum SingleSignOnRefusal
{
    /// <summary>The provider refused, or its answer could not be checked.</summary>
    ProviderFailed = 1,

    /// <summary>No GovData account carries this staff id.</summary>
    UnknownSubject = 2,

    /// <summary>The account is deactivated, or is not a staff account.</summary>
    NotAllowed = 3,
}

/// <summary>
/// Maps a subject the identity provider vouched for to a GovData account by its stored external id (never by e-mail or
/// name), and signs that account in with Identity's cookie, audited like a password sign-in. Unknown ids, deactivated
/// accounts and applicants are refused (decision 0026).
/// </summary>
public sealed class SingleSignOnCompletion(
    IDbContextFactory<GovDataDbContext> contexts,
    SignInManager<ApplicationUser> signInManager,
    IOptions<SingleSignOnOptions> options,
    RecordSignInEvent audit)
{
    public const string AuthenticationMethod = "oidc";

    /// <returns>Null when signed in, else why not.</returns>
    public async Task<SingleSignOnRefusal?> CompleteAsync(ClaimsPrincipal? external, string? remoteAddress, CancellationToken cancellationToken)
    {
        var staffId = external?.FindFirst(options.Value.StaffIdClaim)?.Value?.Trim();
        if (string.IsNullOrEmpty(staffId))
        {
            return SingleSignOnRefusal.ProviderFailed;
        }

        ApplicationUser? user;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.ExternalId == staffId, cancellationToken);
        }

        var attempted = "sso:" + staffId;
        if (user is null)
        {
            await audit.ExecuteAsync(AuditActions.SignInFailed, null, attempted, SignInFailure.UnknownUser, remoteAddress, cancellationToken);
            return SingleSignOnRefusal.UnknownSubject;
        }

        if (user.DeactivatedAt is not null || user.DepartmentId is null)
        {
            await audit.ExecuteAsync(AuditActions.SignInFailed, user, attempted, SignInFailure.NotAllowed, remoteAddress, cancellationToken);
            return SingleSignOnRefusal.NotAllowed;
        }

        // Identity's own user object (tracked by its store) so the cookie carries the current security stamp.
        var account = await signInManager.UserManager.FindByIdAsync(user.Id);
        if (account is null)
        {
            return SingleSignOnRefusal.UnknownSubject;
        }

        await signInManager.SignInAsync(account, isPersistent: false, AuthenticationMethod);
        await audit.ExecuteAsync(AuditActions.SignIn, account, attempted, null, remoteAddress, cancellationToken);
        return null;
    }
}
