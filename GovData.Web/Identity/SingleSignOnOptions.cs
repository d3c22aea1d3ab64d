namespace GovData.Web.Identity;

/// <summary>
/// <c>Authentication:Oidc:*</c>: the city's unified identity service (统一身份认证) for staff. Off while
/// <see cref="Authority"/> is empty (decision 0026).
/// </summary>
public sealed class SingleSignOnOptions
{
    public const string Section = "Authentication:Oidc";

    /// <summary>The OpenID Connect scheme's name (its callback is <c>/signin-oidc</c>).</summary>
    public const string Scheme = "oidc";

    /// <summary>The provider's issuer URL; its metadata is read from <c>/.well-known/openid-configuration</c>.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The ID-token claim that carries the staff id, matched to <c>ApplicationUser.ExternalId</c>.</summary>
    public string StaffIdClaim { get; set; } = "sub";

    /// <summary>False only for a provider on plain HTTP (a test or a closed network); production keeps HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}

/// <summary><c>Authentication:LocalPasswords:*</c>: whether staff may still sign in with a GovData password.</summary>
public sealed class LocalPasswordOptions
{
    public const string Section = "Authentication:LocalPasswords";

    /// <summary>False: staff (people with a department) sign in through single sign-on only; applicants keep passwords.</summary>
    public bool Staff { get; set; } = true;
}
