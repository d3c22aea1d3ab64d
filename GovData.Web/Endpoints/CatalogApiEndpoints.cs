using GovData.Domain.Identity;
using GovData.Web.Components.Pages.Catalog;
using GovData.Web.Infrastructure;
using GovData.Web.Localization;
using GovData.Workflows.Catalog;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Endpoints;

/// <summary>
/// The catalog API for departments' systems (Art. 10, 13), authenticated by a department API key only (the
/// <see cref="ApiKeyAuthentication.CatalogApiPolicy"/>; a sign-in cookie is not accepted). Answers in the request's
/// Accept-Language.
/// </summary>
public static class CatalogApiEndpoints
{
    public const string ResourcesRoute = "/api/catalog/resources";

    public static IEndpointRouteBuilder MapCatalogApiEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/catalog").RequireAuthorization(ApiKeyAuthentication.CatalogApiPolicy);
        api.MapGet("/resources", ListResourcesAsync)
            .WithName("CatalogApiResources")
            .Produces<CatalogApiResourcePage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    internal static async Task<IResult> ListResourcesAsync(
        string? scope,
        string? page,
        string? pageSize,
        HttpContext http,
        ListDataResources list,
        IStringLocalizer<IntegrationResource> text,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parsedScope = CatalogApiScopes.Parse(scope);
        if (parsedScope is null)
        {
            errors["scope"] = [text.Format("Api.ScopeInvalid", scope)];
        }

        var pageNumber = ParseInt(page, 1);
        if (pageNumber is null or < 1)
        {
            errors["page"] = [text["Api.PageInvalid"]];
        }

        var size = ParseInt(pageSize, DataResourceFilter.DefaultPageSize);
        if (size is null or < 1 or > DataResourceFilter.MaxPageSize)
        {
            errors["pageSize"] = [text.Format("Api.PageSizeInvalid", DataResourceFilter.MaxPageSize)];
        }

        // (page - 1) * pageSize rows are skipped: a page whose start does not fit in an int is out of range, not page 1.
        if (pageNumber is > 1 && size is >= 1 and <= DataResourceFilter.MaxPageSize && pageNumber.Value - 1 > int.MaxValue / size.Value)
        {
            errors["page"] = [text["Api.PageInvalid"]];
        }

        if (errors.Count > 0)
        {
            return Results.Problem(
                title: text["Api.BadRequest.Title"],
                detail: string.Join(" ", errors.Values.SelectMany(m => m)),
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = errors });
        }

        var caller = ApiKeyAuthentication.CallerOf(http.User);
        var (user, filter) = CatalogApiScopes.Query(parsedScope!.Value, caller.ToCatalogUserContext(), pageNumber!.Value, size!.Value);
        var result = await list.ExecuteAsync(user, filter, cancellationToken);
        return Results.Ok(new CatalogApiResourcePage(
            CatalogApiScopes.Name(parsedScope.Value),
            pageNumber.Value,
            size.Value,
            result.TotalCount,
            [.. result.Rows.Select(CatalogApiResource.From)]));
    }

    private static int? ParseInt(string? value, int fallback) =>
        string.IsNullOrWhiteSpace(value) ? fallback
        : int.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
        : null;
}

/// <summary>
/// The catalog scopes (department / sharing / open) are <see cref="CatalogExportScope"/>, one enum for the list and the
/// export. The one place that maps a scope onto the existing ListDataResources use case (who asks + which filter), so
/// the mapping can follow when the catalog model grows filters (e.g. a provider-department filter for
/// <see cref="CatalogExportScope.Department"/>).
/// </summary>
public static class CatalogApiScopes
{
    public static CatalogExportScope? Parse(string? scope) => (scope?.Trim().ToLowerInvariant()) switch
    {
        null or "" or "department" => CatalogExportScope.Department,
        "sharing" => CatalogExportScope.Sharing,
        "open" => CatalogExportScope.Open,
        _ => null,
    };

    public static string Name(CatalogExportScope scope) => scope.ToString().ToLowerInvariant();

    /// <param name="page">1-based, as the API takes it.</param>
    public static (UserContext User, DataResourceFilter Filter) Query(CatalogExportScope scope, UserContext department, int page, int pageSize) =>
        scope switch
        {
            CatalogExportScope.Sharing => (department, new DataResourceFilter(Page: page - 1, PageSize: pageSize, Scope: CatalogScope.Sharing)),
            CatalogExportScope.Open => (UserContext.Anonymous, new DataResourceFilter(Page: page - 1, PageSize: pageSize, Scope: CatalogScope.Open)),
            // Only the key's own department, in every status (not the others' published entries: those are the sharing scope).
            _ => (department, new DataResourceFilter(Page: page - 1, PageSize: pageSize, Scope: CatalogScope.Department)),
        };
}

/// <summary>The API's page of resources; <see cref="Page"/> is 1-based.</summary>
public sealed record CatalogApiResourcePage(string Scope, int Page, int PageSize, int TotalCount, IReadOnlyList<CatalogApiResource> Items);

/// <summary>One resource as the API returns it (enums as their names). Adapt <see cref="From"/> when the model grows.</summary>
public sealed record CatalogApiResource(
    int Id,
    string Code,
    string Name,
    int ProviderDepartmentId,
    string ProviderName,
    string? ShareType,
    string OpenType,
    string Status,
    string? LegalBasis)
{
    public static CatalogApiResource From(DataResourceRow row) => new(
        row.Id,
        row.Code,
        row.Name,
        row.ProviderDepartmentId,
        row.ProviderName,
        row.ShareType?.ToString(),
        row.OpenType.ToString(),
        row.Status.ToString(),
        row.LegalBasis);
}
