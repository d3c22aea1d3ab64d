using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using GovData.Domain.Integration;
using GovData.Web.Localization;
using GovData.Workflows.Identity;
using GovData.Workflows.Integration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace GovData.Web.Infrastructure;

/// <summary>
/// The "ApiKey" scheme: a department's system presents its key as <c>Authorization: ApiKey &lt;key&gt;</c> or
/// <c>X-Api-Key: &lt;key&gt;</c>. Only the <see cref="CatalogApiPolicy"/> names this scheme, and the catalog API is the
/// only place using that policy; the default scheme stays the Identity cookie, so no Razor page ever authenticates a
/// key (and a key's principal carries <see cref="IntegrationRoles.DepartmentSystem"/>, no human role).
/// Refusals are 401 problem+json in the request's language (Accept-Language on /api).
/// </summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string CatalogApiPolicy = "CatalogApi";
    public const string KeyIdClaim = "govdata:api_key_id";

    public static IServiceCollection AddGovDataApiKeyAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(Scheme, displayName: null, _ => { });
        services.AddAuthorizationBuilder().AddPolicy(CatalogApiPolicy, policy => policy
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireRole(IntegrationRoles.DepartmentSystem));
        return services;
    }

    /// <summary>The presented key, or null when the request carries none.</summary>
    internal static string? ReadKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization[(Scheme.Length + 1)..].Trim();
        }

        var header = request.Headers[HeaderName].ToString();
        return header.Length > 0 ? header.Trim() : null;
    }

    /// <summary>The principal of a valid key: the department (as <see cref="GovDataClaims"/>) and the system role.</summary>
    internal static ClaimsPrincipal PrincipalFor(ApiKeyCaller caller)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, IntegrationRoles.UserIdPrefix + caller.KeyId.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, ApiKeySecret.Scheme + caller.Prefix),
            new(GovDataClaims.DisplayName, caller.KeyName),
            new(GovDataClaims.DepartmentId, caller.DepartmentId.ToString(CultureInfo.InvariantCulture)),
            new(GovDataClaims.DepartmentName, caller.DepartmentName),
            new(GovDataClaims.DepartmentIsDataBureau, caller.DepartmentIsDataBureau ? "true" : "false"),
            new(KeyIdClaim, caller.KeyId.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Role, IntegrationRoles.DepartmentSystem),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>
    /// The catalog use cases' view of the caller, rebuilt from the principal (the one translation point; see
    /// <see cref="ApiKeyCaller.ToCatalogUserContext"/>).
    /// </summary>
    internal static ApiKeyCaller CallerOf(ClaimsPrincipal principal)
    {
        var context = principal.ToUserContext();
        return new ApiKeyCaller(
            int.Parse(principal.FindFirstValue(KeyIdClaim)!, CultureInfo.InvariantCulture),
            principal.Identity!.Name![ApiKeySecret.Scheme.Length..],
            principal.FindFirstValue(GovDataClaims.DisplayName) ?? string.Empty,
            context.DepartmentId!.Value,
            principal.FindFirstValue(GovDataClaims.DepartmentName) ?? string.Empty,
            context.DepartmentIsDataBureau);
    }
}

internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AuthenticateApiKey authenticate,
    IStringLocalizer<IntegrationResource> text)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = ApiKeyAuthentication.ReadKey(Request);
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        var result = await authenticate.ExecuteAsync(presented, Context.RequestAborted);
        if (result.Caller is not { } caller)
        {
            // The message is the failure's name only: never the presented key.
            return AuthenticateResult.Fail(result.Failure!.Value.ToString());
        }

        var principal = ApiKeyAuthentication.PrincipalFor(caller);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var failure = Enum.TryParse<ApiKeyFailure>(result.Failure?.Message, out var parsed) ? parsed : ApiKeyFailure.Missing;
        Response.Headers.WWWAuthenticate = ApiKeyAuthentication.Scheme;
        await Results.Problem(
                title: text["Api.Unauthorized.Title"],
                detail: text[$"Api.Unauthorized.{failure}"],
                statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?> { ["reason"] = failure.ToString() })
            .ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Results.Problem(
                title: text["Api.Forbidden.Title"],
                detail: text["Api.Forbidden.Detail"],
                statusCode: StatusCodes.Status403Forbidden)
            .ExecuteAsync(Context);
}
