using System.Security.Claims;
using System.Text.Encodings.Web;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovData.Tests.Support;

/// <summary>
/// A header-driven sign-in for in-process web tests. A request carrying <see cref="UserHeader"/> (the e-mail of a
/// seeded user) is authenticated as that user, with the same claims a real sign-in puts into the cookie (roles,
/// department, display name). A request without the header falls through to the app's own cookie scheme, so the
/// real login form keeps working and anonymous requests stay anonymous.
/// </summary>
public static class TestAuthentication
{
    public const string Scheme = "GovDataTest";

    public const string UserHeader = "X-GovData-Test-User";

    /// <summary>Makes the test scheme the default; call from ConfigureTestServices.</summary>
    public static IServiceCollection AddGovDataTestAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, Handler>(Scheme, options =>
            options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(UserHeader) ? null : IdentityConstants.ApplicationScheme);
        services.PostConfigure<AuthenticationOptions>(options => options.DefaultScheme = Scheme);
        return services;
    }

    /// <summary>An HttpClient signed in as the seeded user <paramref name="email"/> (no redirects followed).</summary>
    public static HttpClient CreateClientAs<TEntryPoint>(this WebApplicationFactory<TEntryPoint> factory, string email)
        where TEntryPoint : class
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(UserHeader, email);
        return client;
    }

    private sealed class Handler(
        IOptionsMonitor<AuthenticationSchemeOptions> options,
        ILoggerFactory logger,
        UrlEncoder encoder,
        UserManager<ApplicationUser> userManager,
        IUserClaimsPrincipalFactory<ApplicationUser> principalFactory)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var email = Request.Headers[UserHeader].ToString();
            var user = await userManager.FindByEmailAsync(email);
            if (user is null)
            {
                return AuthenticateResult.Fail($"No seeded user {email}.");
            }

            var principal = await principalFactory.CreateAsync(user);
            var identity = new ClaimsIdentity(principal.Claims, Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
            return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
        }
    }
}
