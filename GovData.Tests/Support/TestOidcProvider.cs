using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace GovData.Tests.Support;

/// <summary>
/// A real OpenID Connect provider (OpenIddict's server, degraded mode: no stores) on a loopback Kestrel port, standing
/// in for a city's unified identity service (统一身份认证) in the single sign-on tests (decision 0026). It knows one
/// confidential client, requires the authorization code flow with PKCE, and signs in whoever <see cref="NextStaffId"/>
/// names without a login form (the test plays the person who already signed in at the provider).
/// </summary>
public sealed class TestOidcProvider : IAsyncDisposable
{
    public const string ClientId = "govdata";
    public const string ClientSecret = "govdata-test-secret";
    public const string StaffIdClaim = "staff_id";

    private readonly WebApplication _app;

    private TestOidcProvider(WebApplication app, string authority)
    {
        _app = app;
        Authority = authority;
    }

    /// <summary>The issuer URL (http://127.0.0.1:port/).</summary>
    public string Authority { get; }

    /// <summary>The staff id the next authorization request signs in; null refuses it (access_denied).</summary>
    public string? NextStaffId { get; set; }

    /// <summary>Where GovData's OIDC handler asks to be sent back (its host is the test server's).</summary>
    public string RedirectUri { get; init; } = "http://localhost/signin-oidc";

    public static async Task<TestOidcProvider> StartAsync(string redirectUri = "http://localhost/signin-oidc")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        TestOidcProvider? self = null;
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.Profile);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            options.DisableAccessTokenEncryption();
            // No application, token or authorization stores: the handlers below check the one client themselves.
            options.EnableDegradedMode();
            options.DisableTokenStorage();
            options.DisableAuthorizationStorage();
            options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.RedirectUri != self!.RedirectUri)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client or redirect.");
                }

                return default;
            }));
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.Request.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Bad client credentials.");
                }

                return default;
            }));
        });

        var app = builder.Build();
        app.MapGet("/connect/authorize", (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest();
            if (self!.NextStaffId is not { } staffId || request is null)
            {
                return Results.Forbid(new Microsoft.AspNetCore.Authentication.AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            }

            var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
            // The subject is the provider's own opaque id; the staff id is what GovData matches (Authentication:Oidc:StaffIdClaim).
            identity.SetClaim(Claims.Subject, "uid-" + staffId);
            identity.SetClaim(StaffIdClaim, staffId);
            identity.SetClaim(Claims.Name, "统一身份 " + staffId);
            identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
            var principal = new ClaimsPrincipal(identity);
            principal.SetScopes(request.GetScopes());
            return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new TestOidcProvider(app, address.TrimEnd('/') + "/") { RedirectUri = redirectUri };
        return self;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
