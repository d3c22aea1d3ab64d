using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovData.Domain.Resources;
using GovData.Web.Components.Pages.Catalog;
using GovData.Web.Localization;
using GovData.Workflows.OpenData.Datasets;
using GovData.Workflows.OpenData.Portal;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Endpoints.OpenData;

/// <summary>
/// The open catalog as DCAT-AP 3 JSON-LD for harvesters (issue #11 §2): <c>GET /api/open/dcat.jsonld?after=&amp;pageSize=</c>,
/// anonymous, published entries only, paged by a keyset cursor with a hydra:PartialCollectionView (first, next). Written
/// to the response as it is read. 400 problem for paging parameters out of range.
/// </summary>
public static class DcatEndpoints
{
    public const string ContentType = "application/ld+json; charset=utf-8";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static IEndpointRouteBuilder MapDcatEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(OpenDataRoutes.Dcat, CatalogAsync)
            .AllowAnonymous()
            .WithName("OpenDcatCatalog")
            .Produces(StatusCodes.Status200OK, contentType: "application/ld+json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    internal static async Task<IResult> CatalogAsync(
        string? after,
        string? pageSize,
        HttpContext http,
        ListDcatDatasets list,
        IStringLocalizer<OpenDataResource> text,
        IStringLocalizer<CatalogBrowseResource> labels,
        CancellationToken cancellationToken)
    {
        var cursor = 0;
        var size = ListDcatDatasets.DefaultPageSize;
        if (!string.IsNullOrEmpty(after) && !int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out cursor))
        {
            return DatasetDownloadEndpoints.Problem(text, "Dcat.AfterInvalid", StatusCodes.Status400BadRequest);
        }

        if (!string.IsNullOrEmpty(pageSize) && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > ListDcatDatasets.MaxPageSize))
        {
            return DatasetDownloadEndpoints.Problem(text, "Dcat.PageSizeInvalid", StatusCodes.Status400BadRequest, ListDcatDatasets.MaxPageSize);
        }

        // The total is the collection's, given on its first page (one count per harvest, not one per page).
        var page = await list.ExecuteAsync(cursor, size, countTotal: cursor == 0, cancellationToken);
        return new DcatResult(page, cursor, size, text, labels);
    }

    private sealed class DcatResult(DcatPage page, int after, int size, IStringLocalizer<OpenDataResource> text, IStringLocalizer<CatalogBrowseResource> labels) : IResult
    {
        // A page repeats a handful of labels a thousand times: each is looked up once.
        private readonly Dictionary<Enum, string> _labels = [];
        private string? _applyTitle;

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var request = httpContext.Request;
            httpContext.Response.ContentType = ContentType;
            string PageUrl(int? cursor) => OpenDataRoutes.Absolute(request, $"{OpenDataRoutes.Dcat}?pageSize={size}" + (cursor is > 0 ? $"&after={cursor}" : string.Empty));
            await using var json = new Utf8JsonWriter(httpContext.Response.Body, Options);
            json.WriteStartObject();
            WriteContext(json);
            json.WriteString("@id", OpenDataRoutes.Absolute(request, OpenDataRoutes.Dcat));
            json.WriteStartArray("@type");
            json.WriteStringValue("dcat:Catalog");
            json.WriteStringValue("hydra:Collection");
            json.WriteEndArray();
            json.WriteString("dct:title", text["Dcat.CatalogTitle"]);
            json.WriteString("dct:description", text["Dcat.CatalogDescription"]);
            json.WriteStartObject("dct:publisher");
            json.WriteString("@type", "foaf:Agent");
            json.WriteString("foaf:name", text["Dcat.CatalogPublisher"]);
            json.WriteEndObject();
            json.WriteString("foaf:homepage", OpenDataRoutes.Absolute(request, OpenDataRoutes.Portal));
            if (page.TotalItems >= 0)
            {
                json.WriteNumber("hydra:totalItems", page.TotalItems);
            }

            json.WriteStartObject("hydra:view");
            json.WriteString("@id", PageUrl(after));
            json.WriteString("@type", "hydra:PartialCollectionView");
            json.WriteString("hydra:first", PageUrl(null));
            if (page.NextAfter is { } next)
            {
                json.WriteString("hydra:next", PageUrl(next));
            }

            json.WriteNumber("hydra:itemsPerPage", size);
            json.WriteEndObject();
            json.WriteStartArray("dcat:dataset");
            foreach (var entry in page.Entries)
            {
                WriteDataset(json, request, entry);
                if (json.BytesPending > 1 << 16)
                {
                    await json.FlushAsync(httpContext.RequestAborted);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(httpContext.RequestAborted);
        }

        private string Label<TEnum>(TEnum value)
            where TEnum : struct, Enum
        {
            if (!_labels.TryGetValue(value, out var label))
            {
                label = labels.Enum(value);
                _labels[value] = label;
            }

            return label;
        }

        private static void WriteContext(Utf8JsonWriter json)
        {
            json.WriteStartObject("@context");
            json.WriteString("dcat", "http://www.w3.org/ns/dcat#");
            json.WriteString("dct", "http://purl.org/dc/terms/");
            json.WriteString("foaf", "http://xmlns.com/foaf/0.1/");
            json.WriteString("hydra", "http://www.w3.org/ns/hydra/core#");
            json.WriteString("xsd", "http://www.w3.org/2001/XMLSchema#");
            foreach (var property in new[] { "dcat:downloadURL", "dcat:accessURL", "dcat:landingPage", "dcat:mediaType", "dct:format", "dct:accrualPeriodicity", "dct:accessRights", "dcat:theme", "foaf:homepage", "hydra:first", "hydra:next" })
            {
                json.WriteStartObject(property);
                json.WriteString("@type", "@id");
                json.WriteEndObject();
            }

            foreach (var property in new[] { "dct:modified", "dct:issued" })
            {
                json.WriteStartObject(property);
                json.WriteString("@type", "xsd:date");
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        private void WriteDataset(Utf8JsonWriter json, HttpRequest request, OpenEntrySummary entry)
        {
            var landing = OpenDataRoutes.Absolute(request, OpenDataRoutes.Entry(entry.Id));
            json.WriteStartObject();
            json.WriteString("@id", landing);
            json.WriteString("@type", "dcat:Dataset");
            json.WriteString("dct:identifier", entry.Code);
            json.WriteString("dct:title", entry.Name);
            json.WriteString("dct:description", entry.Summary ?? entry.Name);
            json.WriteStartObject("dct:publisher");
            json.WriteString("@type", "foaf:Agent");
            json.WriteString("foaf:name", entry.ProviderName);
            json.WriteString("dct:identifier", entry.ProviderCode);
            json.WriteEndObject();
            json.WriteStartArray("dcat:theme");
            foreach (var theme in DcatVocabulary.Themes(entry.PriorityDomain, entry.Theme))
            {
                json.WriteStringValue(theme);
            }

            json.WriteEndArray();
            json.WriteStartArray("dcat:keyword");
            json.WriteStringValue(Label(entry.CatalogClass));
            if (entry.Theme is { } t)
            {
                json.WriteStringValue(Label(t));
            }

            if (entry.PriorityDomain is { } d)
            {
                json.WriteStringValue(Label(d));
            }

            json.WriteStringValue(entry.ProviderName);
            json.WriteEndArray();
            if (entry.LastDataUpdate is { } modified)
            {
                json.WriteString("dct:modified", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (entry.ReleaseDate is { } issued)
            {
                json.WriteString("dct:issued", issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            json.WriteString("dct:accrualPeriodicity", DcatVocabulary.Frequency(entry.UpdateCycle));
            json.WriteString("dct:accessRights", DcatVocabulary.AccessRight(entry.OpenType));
            if (entry.LegalBasis is { } basis)
            {
                json.WriteString("dct:rights", basis);
            }

            json.WriteString("dcat:landingPage", landing);
            json.WriteStartArray("dcat:distribution");
            if (entry.HasData)
            {
                foreach (var format in DatasetFormats.All)
                {
                    var url = OpenDataRoutes.Absolute(request, OpenDataRoutes.Download(entry.Id, format));
                    json.WriteStartObject();
                    json.WriteString("@id", url);
                    json.WriteString("@type", "dcat:Distribution");
                    json.WriteString("dct:title", $"{entry.Name} ({DatasetFormats.Extension(format).ToUpperInvariant()})");
                    json.WriteString("dcat:accessURL", url);
                    json.WriteString("dcat:downloadURL", url);
                    json.WriteString("dcat:mediaType", DcatVocabulary.MediaType(format));
                    json.WriteString("dct:format", DcatVocabulary.FileType(format));
                    json.WriteEndObject();
                }
            }
            else if (entry.OpenType == OpenType.OnApplication)
            {
                json.WriteStartObject();
                json.WriteString("@type", "dcat:Distribution");
                json.WriteString("dct:title", _applyTitle ??= text["Dcat.ApplyDistribution"]);
                json.WriteString("dcat:accessURL", OpenDataRoutes.Absolute(request, OpenDataRoutes.Apply(entry.Id)));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }
}
