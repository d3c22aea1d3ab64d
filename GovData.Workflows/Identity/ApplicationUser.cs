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
}
