using GovData.Domain.Audit;
using GovData.Workflows.Audit;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GovData.Web.Identity;

/// <summary>
/// Identity's sign-in manager, with every password sign-in attempt, lockout and sign-out written to the audit chain
/// (Art. 31). Failures are recorded where the password is checked, successes where the cookie is issued.
/// </summary>
public sealed class AuditingSignInManager : SignInManager<ApplicationUser>
{
    private readonly IHttpContextAccessor _contextAccessor;
    private readonly RecordSignInEvent _audit;
    private readonly LocalPasswordOptions _localPasswords;

    public AuditingSignInManager(
        UserManager<ApplicationUser> userManager,
        IHttpContextAccessor contextAccessor,
        IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
        IOptions<IdentityOptions> optionsAccessor,
        ILogger<SignInManager<ApplicationUser>> logger,
        IAuthenticationSchemeProvider schemes,
        IUserConfirmation<ApplicationUser> confirmation,
        RecordSignInEvent audit,
        IOptions<LocalPasswordOptions> localPasswords)
        : base(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
    {
        _contextAccessor = contextAccessor;
        _audit = audit;
        _localPasswords = localPasswords.Value;
    }

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            // As long as a wrong password of an existing user (one hash at the current cost), so the time of the
            // answer does not tell which user names exist.
            _ = UserManager.PasswordHasher.HashPassword(new ApplicationUser(), password ?? string.Empty);
            await _audit.ExecuteAsync(AuditActions.SignInFailed, null, userName, SignInFailure.UnknownUser, RemoteAddress());
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> PasswordSignInAsync(ApplicationUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!_localPasswords.Staff && user.DepartmentId is not null)
        {
            // Staff sign in through the city's identity service only (Authentication:LocalPasswords:Staff=false).
            await _audit.ExecuteAsync(AuditActions.SignInFailed, user, user.UserName, SignInFailure.NotAllowed, RemoteAddress());
            return SignInResult.NotAllowed;
        }

        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        if (result.Succeeded)
        {
            await _audit.ExecuteAsync(AuditActions.SignIn, user, user.UserName, null, RemoteAddress());
        }

        return result;
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(ApplicationUser user, string password, bool lockoutOnFailure)
    {
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (result.IsLockedOut)
        {
            await _audit.ExecuteAsync(AuditActions.LockedOut, user, user.UserName, SignInFailure.LockedOut, RemoteAddress());
        }
        else if (!result.Succeeded)
        {
            var failure = result.IsNotAllowed ? SignInFailure.NotAllowed : SignInFailure.BadPassword;
            await _audit.ExecuteAsync(AuditActions.SignInFailed, user, user.UserName, failure, RemoteAddress());
        }

        return result;
    }

    /// <summary>
    /// A deactivated account may not sign in. Identity asks this before the password and the lockout, so the answer is
    /// "not allowed" (audited as such), never "locked for 15 minutes".
    /// </summary>
    public override async Task<bool> CanSignInAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.DeactivatedAt is null && await base.CanSignInAsync(user);
    }

    public override async Task SignOutAsync()
    {
        var user = await UserManager.GetUserAsync(Context.User);
        await base.SignOutAsync();
        if (user is not null)
        {
            // A new security stamp ends every other copy of this user's cookie at its next request (the stamp is
            // validated on every request, IdentitySetup).
            await UserManager.UpdateSecurityStampAsync(user);
            await _audit.ExecuteAsync(AuditActions.SignOut, user, user.UserName, null, RemoteAddress());
        }
    }

    private string? RemoteAddress() => _contextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
