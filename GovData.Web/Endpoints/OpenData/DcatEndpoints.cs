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
/// to the response as it is read from the database (the page's rows are never held whole; hydra:view, which needs to
/// know whether a next page exists, comes after the datasets). 400 problem for paging parameters out of range.
/// </summary>
public static class DcatEndpoints
{
    public const string ContentType = "application/ld+json; charset=utf-8";

    // Flushed to the client every 32 KiB: the transfer overlaps the query, and each flush stays under Kestrel's response
    // buffer limit (64 KiB), so it does not wait for the socket.
    private const int FlushBytes = 1 << 15;

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
        var page = await list.OpenAsync(cursor, size, countTotal: cursor == 0, cancellationToken);
        http.Response.RegisterForDisposeAsync(page);
        return new DcatResult(page, cursor, size, text, labels);
    }

    private sealed class DcatResult(DcatPageReader page, int after, int size, IStringLocalizer<OpenDataResource> text, IStringLocalizer<CatalogBrowseResource> labels) : IResult
    {
        // A page repeats a handful of labels a thousand times: each is looked up once.
        private readonly Dictionary<Enum, string> _labels = [];
        private char[] _landing = [];
        private char[] _download = [];
        private char[] _apply = [];
        private string? _applyTitle;
        private string? _origin;

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var request = httpContext.Request;
            httpContext.Response.ContentType = ContentType;
            _origin = OpenDataRoutes.Absolute(request, string.Empty);
            _landing = new char[_origin.Length + 64];
            _download = new char[_origin.Length + 64];
            _apply = new char[_origin.Length + 64];

            string PageUrl(int? cursor) => OpenDataRoutes.Absolute(request, $"{OpenDataRoutes.Dcat}?pageSize={size}" + (cursor is > 0 ? $"&after={cursor}" : string.Empty));
            var body = httpContext.Response.BodyWriter;
            await using var json = new Utf8JsonWriter(body, Options);
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

            json.WriteStartArray("dcat:dataset");
            var flushedAt = 0L;
            await foreach (var entry in page.ReadAsync(httpContext.RequestAborted))
            {
                WriteDataset(json, entry);
                if (json.BytesCommitted + json.BytesPending - flushedAt >= FlushBytes)
                {
                    json.Flush();
                    flushedAt = json.BytesCommitted;
                    var flushed = await body.FlushAsync(httpContext.RequestAborted);
                    if (flushed.IsCompleted || flushed.IsCanceled)
                    {
                        return;
                    }
                }
            }

            json.WriteEndArray();
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
            json.WriteEndObject();
            json.Flush();
            await body.FlushAsync(httpContext.RequestAborted);
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

        private void WriteDataset(Utf8JsonWriter json, OpenEntrySummary entry)
        {
            // 100,000 datasets a harvest: names are pre-encoded, addresses and dates written from a reused buffer.
            var landing = Url(_landing, OpenDataRoutes.EntryPrefix, entry.Id, []);
            json.WriteStartObject();
            json.WriteString(Names.Id, landing);
            json.WriteString(Names.Type, Names.Dataset);
            json.WriteString(Names.Identifier, entry.Code);
            json.WriteString(Names.Title, entry.Name);
            json.WriteString(Names.Description, entry.Summary ?? entry.Name);
            json.WriteStartObject(Names.Publisher);
            json.WriteString(Names.Type, Names.Agent);
            json.WriteString(Names.Name, entry.ProviderName);
            json.WriteString(Names.Identifier, entry.ProviderCode);
            json.WriteEndObject();
            json.WriteStartArray(Names.Theme);
            foreach (var theme in DcatVocabulary.Themes(entry.PriorityDomain, entry.Theme))
            {
                json.WriteStringValue(theme);
            }

            json.WriteEndArray();
            json.WriteStartArray(Names.Keyword);
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
            Span<char> date = stackalloc char[10];
            if (entry.LastDataUpdate is { } modified && modified.TryFormat(date, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            {
                json.WriteString(Names.Modified, date[..written]);
            }

            if (entry.ReleaseDate is { } issued && issued.TryFormat(date, out written, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            {
                json.WriteString(Names.Issued, date[..written]);
            }

            json.WriteString(Names.AccrualPeriodicity, DcatVocabulary.Frequency(entry.UpdateCycle));
            json.WriteString(Names.AccessRights, DcatVocabulary.AccessRight(entry.OpenType));
            if (entry.LegalBasis is { } basis)
            {
                json.WriteString(Names.Rights, basis);
            }

            json.WriteString(Names.LandingPage, landing);
            json.WriteStartArray(Names.Distribution);
            if (entry.HasData)
            {
                foreach (var format in DatasetFormats.All)
                {
                    var extension = DatasetFormats.Extension(format);
                    var url = Url(_download, OpenDataRoutes.DownloadPrefix, entry.Id, extension);
                    json.WriteStartObject();
                    json.WriteString(Names.Id, url);
                    json.WriteString(Names.Type, Names.DistributionType);
                    json.WriteString(Names.Title, $"{entry.Name} ({extension.ToUpperInvariant()})");
                    json.WriteString(Names.AccessUrl, url);
                    json.WriteString(Names.DownloadUrl, url);
                    json.WriteString(Names.MediaType, DcatVocabulary.MediaType(format));
                    json.WriteString(Names.Format, DcatVocabulary.FileType(format));
                    json.WriteEndObject();
                }
            }
            else if (entry.OpenType == OpenType.OnApplication)
            {
                json.WriteStartObject();
                json.WriteString(Names.Type, Names.DistributionType);
                json.WriteString(Names.Title, _applyTitle ??= text["Dcat.ApplyDistribution"]);
                json.WriteString(Names.AccessUrl, Url(_apply, OpenDataRoutes.ApplyPrefix, entry.Id, []));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        /// <summary>The origin, a path ending before an id, the id and an optional "/suffix", in <paramref name="buffer"/>.</summary>
        private ReadOnlySpan<char> Url(char[] buffer, ReadOnlySpan<char> path, int id, ReadOnlySpan<char> suffix)
        {
            var origin = _origin!;
            origin.CopyTo(buffer);
            var length = origin.Length;
            path.CopyTo(buffer.AsSpan(length));
            length += path.Length;
            id.TryFormat(buffer.AsSpan(length), out var digits, provider: CultureInfo.InvariantCulture);
            length += digits;
            if (!suffix.IsEmpty)
            {
                buffer[length++] = '/';
                suffix.CopyTo(buffer.AsSpan(length));
                length += suffix.Length;
            }

            return buffer.AsSpan(0, length);
        }
    }

    private static class Names
    {
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("@id");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("@type");
        public static readonly JsonEncodedText Identifier = JsonEncodedText.Encode("dct:identifier");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("dct:title");
        public static readonly JsonEncodedText Description = JsonEncodedText.Encode("dct:description");
        public static readonly JsonEncodedText Publisher = JsonEncodedText.Encode("dct:publisher");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("foaf:name");
        public static readonly JsonEncodedText Theme = JsonEncodedText.Encode("dcat:theme");
        public static readonly JsonEncodedText Keyword = JsonEncodedText.Encode("dcat:keyword");
        public static readonly JsonEncodedText Modified = JsonEncodedText.Encode("dct:modified");
        public static readonly JsonEncodedText Issued = JsonEncodedText.Encode("dct:issued");
        public static readonly JsonEncodedText AccrualPeriodicity = JsonEncodedText.Encode("dct:accrualPeriodicity");
        public static readonly JsonEncodedText AccessRights = JsonEncodedText.Encode("dct:accessRights");
        public static readonly JsonEncodedText Rights = JsonEncodedText.Encode("dct:rights");
        public static readonly JsonEncodedText LandingPage = JsonEncodedText.Encode("dcat:landingPage");
        public static readonly JsonEncodedText Distribution = JsonEncodedText.Encode("dcat:distribution");
        public static readonly JsonEncodedText AccessUrl = JsonEncodedText.Encode("dcat:accessURL");
        public static readonly JsonEncodedText DownloadUrl = JsonEncodedText.Encode("dcat:downloadURL");
        public static readonly JsonEncodedText MediaType = JsonEncodedText.Encode("dcat:mediaType");
        public static readonly JsonEncodedText Format = JsonEncodedText.Encode("dct:format");
        public static readonly JsonEncodedText Dataset = JsonEncodedText.Encode("dcat:Dataset");
        public static readonly JsonEncodedText Agent = JsonEncodedText.Encode("foaf:Agent");
        public static readonly JsonEncodedText DistributionType = JsonEncodedText.Encode("dcat:Distribution");
    }
}
