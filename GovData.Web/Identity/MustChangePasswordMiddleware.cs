using GovData.Web.Components;
using GovData.Workflows.Identity;

namespace GovData.Web.Identity;

/// <summary>
/// A user holding a temporary password (an administrator's reset, decision 0026) reaches nothing but the change-password
/// page, sign-out, the language switch and static files until they choose their own: pages redirect there, anything else
/// (endpoints, the Blazor circuit) is refused with 403. The claim is rebuilt on every request (IdentitySetup), so the
/// change takes effect at once in both directions.
/// </summary>
public static class MustChangePasswordMiddleware
{
    public const string ChangePasswordPath = "/Account/Manage/ChangePassword";

    public static IApplicationBuilder UseGovDataForcedPasswordChange(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.HasClaim(c => c.Type == GovDataClaims.MustChangePassword) && !IsAllowed(context.Request))
            {
                if (HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/_blazor"))
                {
                    context.Response.Redirect(context.Request.PathBase + ChangePasswordPath);
                }
                else
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                }

                return;
            }

            await next(context);
        });

    private static bool IsAllowed(HttpRequest request) =>
        request.Path.StartsWithSegments(ChangePasswordPath, StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/Account/Logout", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments(AppRoutes.SetCulture, StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase)
        || StaticExtensions.Contains(Path.GetExtension(request.Path.Value) ?? string.Empty);

    // Files the change-password page needs (styles, scripts, fonts); never a download such as /catalog/export.xlsx.
    private static readonly HashSet<string> StaticExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".css", ".js", ".mjs", ".map", ".png", ".svg", ".ico", ".woff", ".woff2", ".ttf",
    };
}
