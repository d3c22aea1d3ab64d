using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using GovData.Workflows.Identity;

namespace GovData.Web.Components.Account;

internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    /// <summary>Marks a status message as an error (the texts are localized, so the template's "Error" prefix test cannot work).</summary>
    public const string ErrorPrefix = "error:";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    public void RedirectTo(string? uri)
    {
        // Prevent open redirects: anything not plainly a page of this app goes to the home page (never an exception,
        // which would lose the cookie a sign-in has just written).
        navigationManager.NavigateTo(LocalReturnUrl.ToBaseRelative(uri, navigationManager.BaseUri));
    }

    public void RedirectTo(string uri, Dictionary<string, object?> queryParameters)
    {
        var uriWithoutQuery = navigationManager.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        var newUri = navigationManager.GetUriWithQueryParameters(uriWithoutQuery, queryParameters);
        RedirectTo(newUri);
    }

    public void RedirectToWithStatus(string uri, string message, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, message, StatusCookieBuilder.Build(context));
        RedirectTo(uri);
    }

    private string CurrentPath => navigationManager.ToAbsoluteUri(navigationManager.Uri).GetLeftPart(UriPartial.Path);

    public void RedirectToCurrentPage() => RedirectTo(CurrentPath);

    public void RedirectToCurrentPageWithStatus(string message, HttpContext context)
        => RedirectToWithStatus(CurrentPath, message, context);

    public void RedirectToCurrentPageWithError(string message, HttpContext context)
        => RedirectToWithStatus(CurrentPath, ErrorPrefix + message, context);

    /// <summary>The cookie names a user that no longer exists (deleted while signed in).</summary>
    public void RedirectToInvalidUser(UserManager<ApplicationUser> userManager, HttpContext context, string message)
        => RedirectToWithStatus("Account/InvalidUser", ErrorPrefix + string.Format(System.Globalization.CultureInfo.CurrentCulture, message, userManager.GetUserId(context.User)), context);
}
