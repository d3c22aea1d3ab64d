using GovData.Domain.Identity;
using GovData.Web.Infrastructure;
using GovData.Web.Localization;
using GovData.Workflows.Catalog;
using GovData.Workflows.Identity;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Endpoints;

/// <summary>
/// The catalog as an xlsx download (issue #4, Excel → Export): for signed-in staff (cookie) and for departments'
/// systems (API key), both over <see cref="ExportCatalog"/>, which does the scoping.
/// </summary>
public static class CatalogExportEndpoints
{
    public const string Route = "/catalog/export.xlsx";
    public const string ApiRoute = "/api/catalog/export.xlsx";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapCatalogExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, ExportForUserAsync)
            .RequireAuthorization()
            .WithName("CatalogExport");
        app.MapGet(ApiRoute, ExportForApiKeyAsync)
            .RequireAuthorization(ApiKeyAuthentication.CatalogApiPolicy)
            .WithName("CatalogApiExport")
            .Produces(StatusCodes.Status200OK, contentType: ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    /// <summary>The URL of the export of <paramref name="scope"/> (for the page's menu).</summary>
    public static string UrlFor(CatalogExportScope scope) => $"{Route}?scope={scope.ToString().ToLowerInvariant()}";

    public static CatalogExportScope? ParseScope(string? scope) => CatalogApiScopes.Parse(scope);

    internal static Task<IResult> ExportForUserAsync(
        string? scope, HttpContext http, ExportCatalog export, IStringLocalizer<CatalogResource> text, CancellationToken cancellationToken) =>
        ExportAsync(scope, http.User.ToUserContext(), export, text, cancellationToken);

    internal static Task<IResult> ExportForApiKeyAsync(
        string? scope, HttpContext http, ExportCatalog export, IStringLocalizer<CatalogResource> text, CancellationToken cancellationToken) =>
        ExportAsync(scope, ApiKeyAuthentication.CallerOf(http.User).ToCatalogUserContext(), export, text, cancellationToken);

    private static async Task<IResult> ExportAsync(
        string? scope, UserContext user, ExportCatalog export, IStringLocalizer<CatalogResource> text, CancellationToken cancellationToken)
    {
        if (ParseScope(scope) is not { } parsed)
        {
            return Results.Problem(
                title: text["Catalog.Export.Failed"],
                detail: text["Catalog.Export.ScopeInvalid", scope ?? string.Empty],
                statusCode: StatusCodes.Status400BadRequest);
        }

        // The OpenXml package needs a seekable stream; a temporary file keeps a 100,000-row export out of memory.
        var file = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var result = await export.ExecuteAsync(user, parsed, file, cancellationToken);
            if (!result.Succeeded)
            {
                await file.DisposeAsync();
                return Results.Problem(title: text["Catalog.Export.Failed"], detail: text[result.ErrorKey!], statusCode: StatusCodes.Status403Forbidden);
            }

            file.Position = 0;
            return Results.File(file, ContentType, result.FileName);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
