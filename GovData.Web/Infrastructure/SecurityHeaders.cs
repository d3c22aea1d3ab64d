using System.Security.Cryptography;
using Microsoft.AspNetCore.HttpOverrides;

namespace GovData.Web.Infrastructure;

/// <summary>
/// The headers every answer carries (issue #10): a Content-Security-Policy whose scripts are this app's own files plus
/// the one inline import map (by a per-request nonce), <c>nosniff</c>, a Referrer-Policy and no framing; and, when
/// <c>Security:RequireHttps</c> is set (a deployment behind TLS), HSTS, a redirect to HTTPS and Secure-only cookies.
/// Blazor Server needs no eval; MudBlazor sets inline styles, hence <c>style-src 'unsafe-inline'</c> (styles cannot
/// run script). The Hangfire dashboard at /jobs writes inline scripts of its own and gets them allowed there only.
/// </summary>
public static class SecurityHeaders
{
    public const string RequireHttpsKey = "Security:RequireHttps";

    private const string NonceItem = "GovData.CspNonce";

    /// <summary>The nonce of this request's CSP, for the inline import map (App.razor).</summary>
    public static string? NonceOf(HttpContext context) => context?.Items[NonceItem] as string;

    public static bool RequireHttps(IConfiguration configuration) => configuration.GetValue<bool>(RequireHttpsKey);

    public static IServiceCollection AddGovDataSecurityHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        if (RequireHttps(configuration))
        {
            services.AddHsts(o =>
            {
                o.MaxAge = TimeSpan.FromDays(365);
                o.IncludeSubDomains = false;
            });
            services.Configure<CookiePolicyOptions>(o =>
            {
                o.Secure = CookieSecurePolicy.Always;
                o.MinimumSameSitePolicy = SameSiteMode.Lax;
            });
            services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        }

        return services;
    }

    public static IApplicationBuilder UseGovDataSecurityHeaders(this WebApplication app)
    {
        if (RequireHttps(app.Configuration))
        {
            app.UseForwardedHeaders();
            app.UseHsts();
            app.UseHttpsRedirection();
            app.UseCookiePolicy();
        }

        app.Use((context, next) =>
        {
            // Hex: a valid CSP nonce that HTML attribute encoding leaves as it is.
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceItem] = nonce;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.XFrameOptions = "DENY";
                headers.ContentSecurityPolicy = Policy(nonce, context.Request.Path.StartsWithSegments("/jobs"));
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    public static string Policy(string nonce, bool jobsDashboard)
    {
        var scripts = jobsDashboard ? "'self' 'unsafe-inline'" : $"'self' 'nonce-{nonce}'";
        return "default-src 'self'; "
            + $"script-src {scripts}; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'none'";
    }
}
