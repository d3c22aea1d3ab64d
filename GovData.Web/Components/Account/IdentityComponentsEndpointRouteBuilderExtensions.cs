using GovData.Web.Localization;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Components.Account;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    /// <summary>Endpoints the static-SSR account pages post to.</summary>
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var accountGroup = endpoints.MapGroup("/Account");

        // The form is read and its antiforgery token checked here (no [FromForm] binding, whose failure is an
        // exception): a post without a valid token is a 400 problem, and any return address falls back to home.
        accountGroup.MapPost("/Logout", async (
            HttpContext context,
            [FromServices] IAntiforgery antiforgery,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromServices] IStringLocalizer<AccountResource> text) =>
        {
            if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Problem(title: text["Logout.BadRequest"], statusCode: StatusCodes.Status400BadRequest);
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            await signInManager.SignOutAsync();
            var baseUri = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/";
            return Results.LocalRedirect("~/" + LocalReturnUrl.ToBaseRelative(form["returnUrl"].ToString(), baseUri));
        }).DisableAntiforgery();
        return accountGroup;
    }
}
