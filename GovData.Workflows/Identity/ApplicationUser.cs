using Microsoft.AspNetCore.Identity;

namespace GovData.Workflows.Identity;

/// <summary>A person who signs in: staff of one department, or a public applicant (no department).</summary>
public sealed class ApplicationUser : IdentityUser
{
    /// <summary>Name shown in the UI and the journal, e.g. 张伟.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The one department a staff user belongs to; null for public applicants.</summary>
    public int? DepartmentId { get; set; }

    /// <summary>
    /// When the SystemAdmin deactivated the account (sign-in refused, everything the user did kept); null while active.
    /// </summary>
    public DateTime? DeactivatedAt { get; set; }

    /// <summary>
    /// Set when an administrator gave the account a temporary password: until the user chooses their own, every
    /// request is sent to the change-password page (<c>MustChangePasswordMiddleware</c>).
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>
    /// The staff id the city's identity provider (统一身份认证) carries for this person; an OIDC sign-in is matched to the
    /// account by this value only (decision 0026). Null: the person cannot sign in through single sign-on.
    /// </summary>
    public string? ExternalId { get; set; }
}
