using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Web.Components.Pages.Catalog;
using GovData.Web.Infrastructure;
using GovData.Web.Localization;
using GovData.Workflows.Catalog;
using GovData.Workflows.Catalog.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace GovData.Web.Endpoints;

/// <summary>
/// Catalog import over HTTP (issue #4): the template download for signed-in CatalogManagers, and
/// <c>POST /api/catalog/import?dryRun=true|false</c> for departments' systems (API key). The body is the workbook,
/// either as a multipart/form-data field <c>file</c> (the part typed as the workbook type or
/// application/octet-stream, its name ending in .xlsx) or as the raw request body (Content-Type
/// application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream, or none; then
/// <c>fileName</c> may name it). dryRun defaults to true. 200 with the preview/result when the file is clean; 422
/// problem+json with the counts, the entries and the <c>errors</c> list (sheet, row, column, cell, key, message in
/// the request's Accept-Language) when it is not — a commit then wrote nothing; 400 without a file; 401 for a
/// wrong or revoked key; 413 for a body over the size limit; 415 for any other content type.
/// </summary>
public static class CatalogImportEndpoints
{
    public const string TemplateRoute = "/catalog/import/template.xlsx";
    public const string ApiRoute = "/api/catalog/import";
    public const string TemplateFileName = "政务数据资源目录-导入模板.xlsx";

    private const long MultipartAllowance = 64 * 1024;

    /// <summary>The content types the documentation names for the workbook (raw body or multipart part).</summary>
    private static readonly string[] WorkbookTypes = [CatalogExportEndpoints.ContentType, "application/octet-stream"];

    public static IEndpointRouteBuilder MapCatalogImportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(TemplateRoute, (CatalogWorkbookTemplate template) =>
                Results.File(template.Create(), CatalogExportEndpoints.ContentType, TemplateFileName))
            .RequireAuthorization(policy => policy.RequireRole(Roles.CatalogManager))
            .WithName("CatalogImportTemplate");
        app.MapPost(ApiRoute, ImportAsync)
            .RequireAuthorization(ApiKeyAuthentication.CatalogApiPolicy)
            .WithName("CatalogApiImport")
            // No Accepts(...) metadata: on .NET 10 it made multipart requests fail with an empty 400 (the body is read by hand).
            .Produces<CatalogApiImportResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            // Kestrel refuses a larger body while it is read (a 413 problem, ApiProblems): the workbook limit plus
            // room for a multipart envelope.
            .WithMetadata(new RequestSizeLimitAttribute(new CatalogWorkbookLimits().MaxFileBytes + MultipartAllowance));
        return app;
    }

    internal static async Task<IResult> ImportAsync(
        string? dryRun,
        string? fileName,
        HttpContext http,
        ImportCatalog import,
        IStringLocalizer<CatalogImportResource> text,
        IStringLocalizer<CatalogResource> catalog,
        CancellationToken cancellationToken)
    {
        bool dry;
        if (string.IsNullOrWhiteSpace(dryRun))
        {
            dry = true;
        }
        else if (!bool.TryParse(dryRun.Trim(), out dry))
        {
            return Results.Problem(title: text["Import.Api.BadRequest"], detail: text.Format("Import.Api.DryRunInvalid", dryRun), statusCode: StatusCodes.Status400BadRequest);
        }

        if (!AcceptedContentType(http.Request))
        {
            return Results.Problem(title: text["Import.Api.UnsupportedType"], detail: text["Import.Api.UnsupportedTypeDetail"], statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var (body, name, refused) = await BodyAsync(http.Request, fileName, cancellationToken);
        if (refused)
        {
            return Results.Problem(title: text["Import.Api.UnsupportedType"], detail: text["Import.Api.UnsupportedTypeDetail"], statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        if (body is null)
        {
            return Results.Problem(title: text["Import.Api.BadRequest"], detail: text["Import.Api.NoFile"], statusCode: StatusCodes.Status400BadRequest);
        }

        var user = ApiKeyAuthentication.CallerOf(http.User).ToCatalogUserContext();
        CatalogImportResult result;
        await using (body)
        {
            result = await import.ExecuteAsync(user, new ImportCatalogCommand(body, name, dry), cancellationToken);
        }

        if (result.IsRefused)
        {
            return Results.Problem(title: text["Import.Api.Refused"], detail: catalog[result.RefusalKey!], statusCode: StatusCodes.Status403Forbidden);
        }

        var payload = CatalogApiImportResult.From(result, text, catalog);
        if (!result.HasErrors)
        {
            return Results.Ok(payload);
        }

        if (result.Errors is [{ Key: CatalogWorkbookErrors.FileTooLarge } tooLarge])
        {
            return Results.Problem(title: text["Import.Api.TooLarge"], detail: ImportText.Message(tooLarge, text, catalog), statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        return Results.Problem(
            title: text["Import.Api.Failed"],
            detail: text.Format("Import.Api.FailedDetail", result.Errors.Count),
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>
            {
                ["outcome"] = payload.Outcome,
                ["created"] = payload.Created,
                ["updated"] = payload.Updated,
                ["unchanged"] = payload.Unchanged,
                ["recordId"] = payload.RecordId,
                ["entries"] = payload.Entries,
                ["errors"] = payload.Errors,
            });
    }

    private static bool AcceptedContentType(HttpRequest request)
    {
        if (string.IsNullOrEmpty(request.ContentType))
        {
            // No type at all: the body is taken as octet-stream (RFC 9110 §8.3).
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type))
        {
            return false;
        }

        var media = type.MediaType.Value ?? string.Empty;
        return media.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || WorkbookTypes.Contains(media, StringComparer.OrdinalIgnoreCase);
    }

    /// <returns>The workbook and its name; <c>Refused</c> when the multipart part is not a workbook by its type or name.</returns>
    private static async Task<(Stream? Body, string Name, bool Refused)> BodyAsync(HttpRequest request, string? fileName, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException)
            {
                // A malformed multipart envelope: no file could be found in it.
                return (null, string.Empty, false);
            }

            if (form.Files.GetFile("file") is not { Length: > 0 } file)
            {
                return (null, string.Empty, false);
            }

            var partType = file.ContentType?.Split(';')[0].Trim() ?? string.Empty;
            var typeOk = partType.Length == 0 || WorkbookTypes.Contains(partType, StringComparer.OrdinalIgnoreCase);
            var nameOk = string.IsNullOrWhiteSpace(file.FileName) || file.FileName.Trim().EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
            return typeOk && nameOk ? (file.OpenReadStream(), file.FileName, false) : (null, string.Empty, true);
        }

        // A raw body: buffered by the use case (up to the size limit), so an empty one is found by its length.
        var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return copy.Length == 0 ? (null, string.Empty, false) : (copy, string.IsNullOrWhiteSpace(fileName) ? "api-upload.xlsx" : fileName.Trim(), false);
    }
}

/// <summary>The API's import answer (enum values by name; <see cref="Errors"/> translated in the request's language).</summary>
public sealed record CatalogApiImportResult(
    string Outcome,
    int Created,
    int Updated,
    int Unchanged,
    int ErrorCount,
    int? RecordId,
    IReadOnlyList<CatalogApiImportEntry> Entries,
    IReadOnlyList<CatalogApiImportError> Errors)
{
    public static CatalogApiImportResult From(CatalogImportResult result, IStringLocalizer<CatalogImportResource> text, IStringLocalizer<CatalogResource> catalog)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(
            result.Outcome.ToString(),
            result.Counts.Created,
            result.Counts.Updated,
            result.Counts.Unchanged,
            result.Errors.Count,
            result.RecordId,
            [.. result.Entries.Select(e => new CatalogApiImportEntry(e.Code, e.Name, e.Row, e.Status.ToString(), e.ResourceId))],
            [.. result.Errors.Select(e => new CatalogApiImportError(e.Sheet, e.Row, e.Column, ImportText.Cell(e), e.Key, ImportText.Message(e, text, catalog)))]);
    }
}

public sealed record CatalogApiImportEntry(string Code, string Name, int Row, string Status, int? ResourceId);

public sealed record CatalogApiImportError(string? Sheet, int? Row, string? Column, string Cell, string Key, string Message);
