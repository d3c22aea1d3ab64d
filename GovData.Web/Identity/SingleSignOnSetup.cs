using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GovData.Web.Identity;

internal static class SingleSignOnSetup
{
    /// <summary>
    /// Adds the OpenID Connect client when <c>Authentication:Oidc:Authority</c> is set: authorization code flow with
    /// PKCE, the result held in Identity's external cookie until <c>/Account/Sso/Complete</c> maps it to an account.
    /// </summary>
    public static IServiceCollection AddGovDataSingleSignOn(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SingleSignOnOptions.Section).Get<SingleSignOnOptions>() ?? new SingleSignOnOptions();
        services.Configure<SingleSignOnOptions>(configuration.GetSection(SingleSignOnOptions.Section));
        services.Configure<LocalPasswordOptions>(configuration.GetSection(LocalPasswordOptions.Section));
        services.AddScoped<SingleSignOnCompletion>();
        if (!options.Enabled)
        {
            return services;
        }

        services.AddAuthentication().AddOpenIdConnect(SingleSignOnOptions.Scheme, oidc =>
        {
            oidc.SignInScheme = IdentityConstants.ExternalScheme;
            oidc.Authority = options.Authority;
            oidc.ClientId = options.ClientId;
            oidc.ClientSecret = options.ClientSecret;
            oidc.RequireHttpsMetadata = options.RequireHttpsMetadata;
            oidc.ResponseType = OpenIdConnectResponseType.Code;
            oidc.UsePkce = true;
            // The answer comes back as a top-level GET: the correlation and nonce cookies can then be SameSite=Lax,
            // which browsers keep on plain HTTP too (SameSite=None needs Secure, and form_post needs None).
            oidc.ResponseMode = OpenIdConnectResponseMode.Query;
            oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
            oidc.NonceCookie.SameSite = SameSiteMode.Lax;
            // Their default is Secure always (for SameSite=None); Lax needs no Secure, and an intranet on plain HTTP
            // would otherwise never send them back. Security:RequireHttps still marks every cookie Secure.
            oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.Scope.Clear();
            oidc.Scope.Add(OpenIdConnectScope.OpenId);
            oidc.Scope.Add("profile");
            oidc.MapInboundClaims = false;
            oidc.GetClaimsFromUserInfoEndpoint = false;
            oidc.SaveTokens = false;
            // A refusal or error of the provider ends on GovData's own page, not an exception page.
            oidc.Events.OnRemoteFailure = context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SingleSignOnSetup))
                    .LogWarning(context.Failure, "Single sign-on failed at the provider or in its answer.");
                context.Response.Redirect(context.Request.PathBase + SingleSignOnEndpoints.RefusedPath + "?reason=" + SingleSignOnRefusal.ProviderFailed);
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
        return services;
    }
}
