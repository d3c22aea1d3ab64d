using GovData.Web.Components;
using GovData.Web.Infrastructure;
using GovData.Web.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Endpoints;

/// <summary>
/// The language switch: <c>GET /culture/set?culture=en&amp;redirectUri=/page</c> stores the choice in ASP.NET Core's
/// culture cookie and sends the browser back with a full page load (Blazor Server reads the culture when a circuit
/// starts, so the switch needs a new one).
/// </summary>
internal static class CultureEndpoints
{
    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AppRoutes.SetCulture, SetCulture).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    internal static IResult SetCulture(
        HttpContext context,
        IStringLocalizer<SharedResource> localizer,
        string? culture,
        string? redirectUri)
    {
        var supported = LocalizationSetup.SupportedCultures
            .FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));
        if (supported is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: localizer["Culture.Invalid"],
                detail: localizer["Culture.Unknown", culture ?? string.Empty]);
        }

        var target = string.IsNullOrEmpty(redirectUri) ? AppRoutes.Dashboard : redirectUri;
        if (!IsLocalUrl(target))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: localizer["Culture.Invalid"],
                detail: localizer["Culture.RedirectNotLocal"]);
        }

        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(supported)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                Path = "/",
            });
        return TypedResults.LocalRedirect(target);
    }

    /// <summary>As MVC's Url.IsLocalUrl: a path on this site, not <c>//host</c> or <c>/\host</c> (another host to a browser).</summary>
    internal static bool IsLocalUrl(string url)
    {
        if (url.Length == 0 || url.Any(char.IsControl))
        {
            return false;
        }

        if (url[0] == '/')
        {
            return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
        }

        return url.Length > 1 && url[0] == '~' && url[1] == '/' && (url.Length == 2 || (url[2] != '/' && url[2] != '\\'));
    }
}
