using GovData.Domain.Resources;
using GovData.Web.Localization;
using GovData.Workflows.OpenData.Datasets;
using GovData.Workflows.OpenData.Portal;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace GovData.Web.Endpoints.OpenData;

/// <summary>
/// Downloads of 无条件开放 data (Art. 25), anonymous: <c>GET /api/open/datasets/{id}/{csv|json|xlsx}</c> streams the
/// current release with only the open items. The stored file is checked against its SHA-256 before the first byte; a
/// refusal is a problem+json in the caller's language (404 unknown entry, format or no data yet; 403 not open —
/// the basis is on the entry page; 503 a stored file failing its hash).
/// </summary>
public static class DatasetDownloadEndpoints
{
    public const string Route = "/api/open/datasets/{id}/{format}";

    public static IEndpointRouteBuilder MapDatasetDownloadEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, DownloadAsync)
            .AllowAnonymous()
            .RequireCors(OpenDataCors.Policy)
            .WithName("OpenDatasetDownload")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    internal static async Task<IResult> DownloadAsync(
        string id,
        string format,
        GetOpenEntry entries,
        OpenDatasetRelease releases,
        DatasetWriters writers,
        IStringLocalizer<OpenDataResource> text,
        CancellationToken cancellationToken)
    {
        var parsed = DatasetFormats.Parse(format);
        if (parsed is null)
        {
            return Problem(text, "Download.UnknownFormat", StatusCodes.Status404NotFound, format);
        }

        if (!int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var entryId)
            || await entries.ExecuteAsync(entryId, cancellationToken) is not { } entry)
        {
            return Problem(text, "Download.NotFound", StatusCodes.Status404NotFound);
        }

        if (entry.Entry.OpenType != OpenType.Unconditional)
        {
            return Problem(text, entry.Entry.OpenType == OpenType.OnApplication ? "Download.OnApplication" : "Download.NotOpen", StatusCodes.Status403Forbidden);
        }

        var served = entry.Items.Where(i => i.IsServed).Select(i => i.Id).ToList();
        var opened = served.Count == 0 ? new DatasetOpenResult(DatasetOpenStatus.NoItems) : await releases.CurrentAsync(entryId, served, cancellationToken);
        switch (opened.Status)
        {
            case DatasetOpenStatus.NoRelease:
            case DatasetOpenStatus.NoItems:
                return Problem(text, "Download.NoData", StatusCodes.Status404NotFound);
            case DatasetOpenStatus.Corrupt:
                return Problem(text, "Download.Corrupt", StatusCodes.Status503ServiceUnavailable);
        }

        var rows = opened.Rows!;
        var writer = writers.For(parsed.Value);
        var fileName = $"{entry.Entry.Code.Replace('/', '_')}-r{rows.Release.Number}.{DatasetFormats.Extension(parsed.Value)}";
        return new DatasetResult(rows, writer, DatasetFormats.ContentType(parsed.Value), fileName, entry.Entry.Name + "." + DatasetFormats.Extension(parsed.Value));
    }

    internal static IResult Problem(IStringLocalizer<OpenDataResource> text, string key, int status, params object[] arguments) =>
        Results.Problem(title: text[$"{key}.Title"], detail: string.Format(System.Globalization.CultureInfo.CurrentCulture, text[key], arguments), statusCode: status);

    /// <summary>Streams the rows through the writer; the release is closed when the response ends.</summary>
    private sealed class DatasetResult(DatasetRows rows, IDatasetWriter writer, string contentType, string asciiName, string displayName) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            await using (rows)
            {
                var response = httpContext.Response;
                response.ContentType = contentType;
                var disposition = new ContentDispositionHeaderValue("attachment");
                disposition.SetHttpFileName(asciiName);
                disposition.SetMimeFileName(asciiName);
                disposition.FileNameStar = displayName;
                response.Headers.ContentDisposition = disposition.ToString();
                response.Headers["X-Dataset-Release"] = rows.Release.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await writer.WriteAsync(rows, response.BodyWriter, length => response.ContentLength = length, httpContext.RequestAborted);
            }
        }
    }
}
