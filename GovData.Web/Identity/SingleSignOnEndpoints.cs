using GovData.Web.Components.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GovData.Web.Identity;

/// <summary>
/// <c>/Account/Sso</c> sends the browser to the identity provider; <c>/Account/Sso/Complete</c> (where the OIDC handler
/// returns after checking the code, PKCE verifier and ID token) maps the subject to an account and signs it in, or
/// ends on the localized refusal page. Both answer 404 while single sign-on is off.
/// </summary>
public static class SingleSignOnEndpoints
{
    public const string StartPath = "/Account/Sso";
    public const string CompletePath = "/Account/Sso/Complete";
    public const string RefusedPath = "/Account/SsoRefused";

    public static IEndpointRouteBuilder MapSingleSignOnEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(StartPath, (HttpContext context, IOptions<SingleSignOnOptions> options, string? returnUrl) =>
        {
            if (!options.Value.Enabled)
            {
                return Results.NotFound();
            }

            var complete = CompletePath + "?returnUrl=" + Uri.EscapeDataString(LocalReturnUrl.ToBaseRelative(returnUrl, BaseOf(context)));
            return Results.Challenge(new AuthenticationProperties { RedirectUri = context.Request.PathBase + complete }, [SingleSignOnOptions.Scheme]);
        }).AllowAnonymous().ExcludeFromDescription();

        endpoints.MapGet(CompletePath, async (HttpContext context, IOptions<SingleSignOnOptions> options, SingleSignOnCompletion completion, string? returnUrl) =>
        {
            if (!options.Value.Enabled)
            {
                return Results.NotFound();
            }

            var external = await context.AuthenticateAsync(IdentityConstants.ExternalScheme);
            await context.SignOutAsync(IdentityConstants.ExternalScheme);
            var refusal = await completion.CompleteAsync(external.Succeeded ? external.Principal : null,
                context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted);
            return refusal is { } reason
                ? Results.LocalRedirect("~" + RefusedPath + "?reason=" + reason)
                : Results.LocalRedirect("~/" + LocalReturnUrl.ToBaseRelative(returnUrl, BaseOf(context)));
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static string BaseOf(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/";
}
