using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Routing.Patterns;

namespace GovData.Web.Endpoints.OpenData;

/// <summary>
/// Cross-origin reads of the open data (decision 0038): browser apps on other origins call the CKAN action API, DCAT,
/// the OpenAPI description and downloads. One named policy, applied to those endpoints only (<c>RequireCors</c>):
/// any origin, never credentials (<c>Access-Control-Allow-Origin: *</c>, so a browser sends no staff cookie), GET,
/// HEAD and POST with a JSON body (the preflight allows <c>Content-Type</c>). Every other endpoint — staff pages,
/// sign-in, Blazor, uploads, applications — has no CORS metadata and answers no CORS header.
/// </summary>
public static class OpenDataCors
{
    public const string Policy = "OpenData";

    public static IServiceCollection AddOpenDataCors(this IServiceCollection services) =>
        services.AddCors(options => options.AddPolicy(Policy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post)
            .WithHeaders("Content-Type", "Accept", "Accept-Language")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

    /// <summary>The OpenAPI description is a static asset: give only its endpoint the policy.</summary>
    public static TBuilder AllowOpenApiFromAnyOrigin<TBuilder>(this TBuilder assets)
        where TBuilder : IEndpointConventionBuilder
    {
        assets.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern: var pattern } && IsOpenApi(pattern))
            {
                endpoint.Metadata.Add(new EnableCorsAttribute(Policy));
            }
        });
        return assets;
    }

    private static bool IsOpenApi(RoutePattern pattern) =>
        string.Equals("/" + pattern.RawText?.TrimStart('/'), OpenDataRoutes.OpenApi, StringComparison.OrdinalIgnoreCase);
}
