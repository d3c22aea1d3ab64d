using GovData.Web.Components.Account;
using GovData.Web.Identity;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace GovData.Web.Infrastructure;

internal static class IdentitySetup
{
    public static IServiceCollection AddGovDataIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/Account/Login";
                o.AccessDeniedPath = "/Account/AccessDenied";
                o.Cookie.Name = "GovData.Auth";
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                if (SecurityHeaders.RequireHttps(configuration))
                {
                    o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                }
            }));
        services.AddAuthorization();
        services.AddGovDataSingleSignOn(configuration);
        // The stamp is checked on every request (one indexed read): a cookie copied before a sign-out, a password change
        // or a deactivation (all renew the stamp) stops working at once instead of after the default 30 minutes; and
        // the principal is rebuilt from the database each time, so role changes (which keep the stamp) reach it on the
        // next request.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GovDataDbContext>()
            .AddSignInManager<AuditingSignInManager>()
            .AddClaimsPrincipalFactory<GovDataClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        return services;
    }
}
