using System.Globalization;
using GovData.Web.Infrastructure;
using GovData.Web.Localization;
using GovData.Workflows.OpenData.Datasets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Endpoints.OpenData;

/// <summary>
/// A department's system stores a new release of a published entry's data (issue #11 §1, decision 0028):
/// <c>POST /api/catalog/resources/{id}/dataset?fileName=</c> with the CSV or XLSX as the raw body, API key of the
/// providing department. The body is received to a temporary file (never more than
/// <see cref="DatasetOptions.MaxUploadBytes"/>) and then checked and stored by the same use case as the upload page.
/// 201 with the release; otherwise a problem+json in the request's language, and nothing stored: 404 unknown entry, 403
/// another department's entry, 409 not published (or a concurrent release), 413 too large, 422 with the
/// <c>errors</c> list (row, column, value, message) for a file that does not fit the entry.
/// </summary>
public static class DatasetUploadEndpoints
{
    public const string Route = "/api/catalog/resources/{id}/dataset";

    public static IEndpointRouteBuilder MapDatasetUploadEndpoints(this IEndpointRouteBuilder app)
    {
        var limit = app.ServiceProvider.GetRequiredService<DatasetOptions>().MaxUploadBytes;
        app.MapPost(Route, UploadAsync)
            .RequireAuthorization(ApiKeyAuthentication.CatalogApiPolicy)
            .WithName("CatalogApiDatasetUpload")
            .Produces<DatasetUploadReceipt>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            // Kestrel refuses a larger body while it is read (a 413 problem, ApiProblems).
            .WithMetadata(new RequestSizeLimitAttribute(limit));
        return app;
    }

    internal static async Task<IResult> UploadAsync(
        string id,
        string? fileName,
        HttpContext http,
        UploadDataset upload,
        DatasetOptions options,
        IStringLocalizer<OpenDataResource> text,
        CancellationToken cancellationToken)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var entryId))
        {
            return Refusal(text, DatasetUploadError.Of(DatasetUploadErrors.NotFound));
        }

        if (http.Request.ContentLength > options.MaxUploadBytes)
        {
            return Refusal(text, DatasetUploadError.Of(DatasetUploadErrors.TooLarge, options.MaxUploadBytes / (1024 * 1024)));
        }

        var path = Path.Combine(Path.GetTempPath(), $"govdata-upload-{Guid.NewGuid():N}");
        await using var buffer = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxUploadBytes)
            {
                return Refusal(text, DatasetUploadError.Of(DatasetUploadErrors.TooLarge, options.MaxUploadBytes / (1024 * 1024)));
            }

            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        buffer.Position = 0;
        var user = ApiKeyAuthentication.CallerOf(http.User).ToCatalogUserContext();
        var name = string.IsNullOrWhiteSpace(fileName) ? "upload.csv" : fileName.Trim();
        var result = await upload.ExecuteAsync(user, new UploadDatasetCommand(entryId, buffer, name), cancellationToken: cancellationToken);
        if (result.Release is { } release)
        {
            return Results.Created(
                OpenDataRoutes.Download(release.DataResourceId, DatasetFormat.Csv),
                new DatasetUploadReceipt(release.Number, release.RowCount, release.ByteCount, release.Sha256, release.SourceEncoding));
        }

        return result.Errors is [var single] && StatusOf(single.Key) != StatusCodes.Status422UnprocessableEntity
            ? Refusal(text, single)
            : Results.Problem(
                title: text["Dataset.Api.Refused.Title"],
                detail: text.Format("Dataset.Refused", result.Errors.Count),
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = result.Errors.Select(e => new DatasetUploadErrorItem(e.Row, e.Column, e.Value, e.Key, DatasetErrorText.Message(text, e))).ToList(),
                });
    }

    private static IResult Refusal(IStringLocalizer<OpenDataResource> text, DatasetUploadError error) =>
        Results.Problem(title: text["Dataset.Api.Refused.Title"], detail: DatasetErrorText.Message(text, error), statusCode: StatusOf(error.Key),
            extensions: new Dictionary<string, object?> { ["key"] = error.Key });

    private static int StatusOf(string key) => key switch
    {
        DatasetUploadErrors.NotFound => StatusCodes.Status404NotFound,
        DatasetUploadErrors.NotAllowed => StatusCodes.Status403Forbidden,
        DatasetUploadErrors.NotPublished or DatasetUploadErrors.Concurrent => StatusCodes.Status409Conflict,
        DatasetUploadErrors.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status422UnprocessableEntity,
    };
}

/// <summary>The stored release: its number, rows, bytes, SHA-256 and the encoding the upload was read in.</summary>
public sealed record DatasetUploadReceipt(int Release, long Rows, long Bytes, string Sha256, string Encoding);

/// <summary>One reason an upload was refused, with its message in the request's language.</summary>
public sealed record DatasetUploadErrorItem(long? Row, string? Column, string? Value, string Key, string Message);
