using GovData.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Infrastructure;

/// <summary>
/// Errors answered as problem+json in the caller's language instead of an HTML page or an empty body: a request the
/// server refuses while reading it (<see cref="BadHttpRequestException"/>: a body over Kestrel's limit is a 413, a
/// malformed form a 400), and, under <c>/api</c>, every 4xx/5xx that no endpoint gave a body (an unknown route: 404, a
/// wrong method: 405, a missing key: 401).
/// </summary>
public static class ApiProblems
{
    /// <summary>Inside the exception handler (and in every environment): a refused request is the caller's fault.</summary>
    public static IApplicationBuilder UseGovDataBadRequestProblems(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await WriteAsync(context, exception.StatusCode);
            }
        });

    /// <summary>After the status-code pages: an /api answer with an error status and no body gets a problem body.</summary>
    public static IApplicationBuilder UseGovDataApiProblems(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            var response = context.Response;
            if (context.Request.Path.StartsWithSegments("/api") && response.StatusCode >= 400 && !response.HasStarted
                && response.ContentLength is null or 0 && string.IsNullOrEmpty(response.ContentType))
            {
                // The pages' catch-all GET route makes any other method on an unknown address a 405: under /api that
                // address does not exist, which is a 404.
                var status = response.StatusCode == StatusCodes.Status405MethodNotAllowed && !IsApiRoute(context) ? StatusCodes.Status404NotFound : response.StatusCode;
                await WriteAsync(context, status);
            }
        });

    private static bool IsApiRoute(HttpContext context)
    {
        var sources = context.RequestServices.GetServices<EndpointDataSource>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var raw = endpoint.RoutePattern.RawText;
            if (raw is null || !raw.TrimStart('/').StartsWith("api/", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var matcher = new TemplateMatcher(TemplateParser.Parse(raw.TrimStart('/')), new RouteValueDictionary());
            if (matcher.TryMatch(context.Request.Path, new RouteValueDictionary()))
            {
                return true;
            }
        }

        return false;
    }

    internal static async Task WriteAsync(HttpContext context, int status)
    {
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var key = $"Problem.{status}";
        var title = text[key];
        var problem = Results.Problem(
            title: title.ResourceNotFound ? text["Problem.Other"] : title,
            statusCode: status);
        context.Response.StatusCode = status;

        // The status-code pages must not replace this body with their HTML page.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        await problem.ExecuteAsync(context);
    }
}
