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
/// know whether a next page exists, comes after the datasets). 400 problem for paging parameters out of range; a
/// database failure before the first byte is a 503 problem, after it the response is aborted (never a complete-looking page).
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
            .RequireCors(OpenDataCors.Policy)
            .WithName("OpenDcatCatalog")
            .Produces(StatusCodes.Status200OK, contentType: "application/ld+json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
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
        // A page repeats a handful of labels, publishers and addresses a thousand times: each is encoded once.
        private readonly Labels<CatalogClass> _classes = new(labels);
        private readonly Labels<Theme> _themes = new(labels);
        private readonly Labels<PriorityDomain> _domains = new(labels);
        private readonly Dictionary<int, (JsonEncodedText Code, JsonEncodedText Name)> _providers = [];
        private byte[] _url = [];
        private int _originLength;
        private string? _applyTitle;

        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var request = httpContext.Request;
            var aborted = httpContext.RequestAborted;
            await using var entries = page.ReadAsync(aborted).GetAsyncEnumerator(aborted);
            bool any;
            try
            {
                // The page's query runs before the first byte: a database that fails here is a clean 503 problem.
                any = await entries.MoveNextAsync();
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !aborted.IsCancellationRequested)
            {
                Log(httpContext, exception, started: false);
                await DatasetDownloadEndpoints.Problem(text, "Dcat.Unavailable", StatusCodes.Status503ServiceUnavailable).ExecuteAsync(httpContext);
                return;
            }

            httpContext.Response.ContentType = ContentType;
            try
            {
                await WriteAsync(httpContext, request, entries, any);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !aborted.IsCancellationRequested)
            {
                // Part of the page may be with the client: it must see a failed request, never a complete-looking
                // page. Aborting the connection leaves the body without its end (no terminating chunk).
                Log(httpContext, exception, started: true);
                httpContext.Abort();
            }
        }

        private static void Log(HttpContext httpContext, Exception exception, bool started) =>
            httpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DcatEndpoints))
                .LogError(exception, "A DCAT page failed {When}.", started ? "after its first byte; the response was aborted" : "before its first byte");

        private async Task WriteAsync(HttpContext httpContext, HttpRequest request, IAsyncEnumerator<DcatDataset> entries, bool any)
        {
            var origin = OpenDataRoutes.Absolute(request, string.Empty);
            var encodedOrigin = JsonEncodedText.Encode(origin, Options.Encoder).EncodedUtf8Bytes;
            _url = new byte[encodedOrigin.Length + 96];
            _url[0] = (byte)'"';
            encodedOrigin.CopyTo(_url.AsSpan(1));
            _originLength = 1 + encodedOrigin.Length;

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
            while (any)
            {
                var entry = entries.Current;
                if (!_providers.TryGetValue(entry.ProviderDepartmentId, out var provider))
                {
                    var publisher = await page.ProviderAsync(entry.ProviderDepartmentId, httpContext.RequestAborted);
                    provider = (JsonEncodedText.Encode(publisher.Code, Options.Encoder), JsonEncodedText.Encode(publisher.Name, Options.Encoder));
                    _providers[entry.ProviderDepartmentId] = provider;
                }

                WriteDataset(json, entry, provider);
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

                any = await entries.MoveNextAsync();
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

        private void WriteDataset(Utf8JsonWriter json, DcatDataset entry, (JsonEncodedText Code, JsonEncodedText Name) provider)
        {
            // 100,000 datasets a harvest: names and repeated values are pre-encoded, addresses written from a reused
            // buffer of already-encoded bytes (the origin is encoded once, the rest is ASCII path and digits).
            json.WriteStartObject();
            json.WritePropertyName(Names.Id);
            var landing = Url(OpenDataRoutes.EntryPrefix, entry.Id, []);
            json.WriteRawValue(landing, skipInputValidation: true);
            json.WriteString(Names.Type, Names.Dataset);
            json.WriteString(Names.Identifier, entry.Code);
            json.WriteString(Names.Title, entry.Name);
            json.WriteString(Names.Description, entry.Summary ?? entry.Name);
            json.WriteStartObject(Names.Publisher);
            json.WriteString(Names.Type, Names.Agent);
            json.WriteString(Names.Name, provider.Name);
            json.WriteString(Names.Identifier, provider.Code);
            json.WriteEndObject();
            json.WriteStartArray(Names.Theme);
            var themes = DcatVocabulary.Encoded.Themes(entry.PriorityDomain, entry.Theme, out var theme, out var otherTheme);
            json.WriteStringValue(theme);
            if (themes == 2)
            {
                json.WriteStringValue(otherTheme);
            }

            json.WriteEndArray();
            json.WriteStartArray(Names.Keyword);
            json.WriteStringValue(_classes[entry.CatalogClass]);
            if (entry.Theme is { } t)
            {
                json.WriteStringValue(_themes[t]);
            }

            if (entry.PriorityDomain is { } d)
            {
                json.WriteStringValue(_domains[d]);
            }

            json.WriteStringValue(provider.Name);
            json.WriteEndArray();
            Span<byte> date = stackalloc byte[10];
            if (entry.LastDataUpdate is { } modified && modified.TryFormat(date, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            {
                json.WriteString(Names.Modified, date[..written]);
            }

            if (entry.ReleaseDate is { } issued && issued.TryFormat(date, out written, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            {
                json.WriteString(Names.Issued, date[..written]);
            }

            json.WriteString(Names.AccrualPeriodicity, DcatVocabulary.Encoded.Frequency(entry.UpdateCycle));
            json.WriteString(Names.AccessRights, DcatVocabulary.Encoded.AccessRight(entry.OpenType));
            if (entry.LegalBasis is { } basis)
            {
                json.WriteString(Names.Rights, basis);
            }

            json.WritePropertyName(Names.LandingPage);
            json.WriteRawValue(Url(OpenDataRoutes.EntryPrefix, entry.Id, []), skipInputValidation: true);
            json.WriteStartArray(Names.Distribution);
            if (entry.HasData)
            {
                foreach (var format in DatasetFormats.All)
                {
                    var extension = DatasetFormats.Extension(format);
                    var url = Url(OpenDataRoutes.DownloadPrefix, entry.Id, extension);
                    json.WriteStartObject();
                    json.WritePropertyName(Names.Id);
                    json.WriteRawValue(url, skipInputValidation: true);
                    json.WriteString(Names.Type, Names.DistributionType);
                    json.WriteString(Names.Title, $"{entry.Name} ({extension.ToUpperInvariant()})");
                    json.WritePropertyName(Names.AccessUrl);
                    json.WriteRawValue(url, skipInputValidation: true);
                    json.WritePropertyName(Names.DownloadUrl);
                    json.WriteRawValue(url, skipInputValidation: true);
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
                json.WritePropertyName(Names.AccessUrl);
                json.WriteRawValue(Url(OpenDataRoutes.ApplyPrefix, entry.Id, []), skipInputValidation: true);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        /// <summary>
        /// The quoted JSON string of the origin, an ASCII path ending before an id, the id and an optional "/suffix"
        /// (ASCII), in the reused buffer: already valid JSON, so written raw.
        /// </summary>
        private ReadOnlySpan<byte> Url(string path, int id, ReadOnlySpan<char> suffix)
        {
            var buffer = _url.AsSpan();
            var length = _originLength;
            length += System.Text.Encoding.ASCII.GetBytes(path, buffer[length..]);
            id.TryFormat(buffer[length..], out var digits, provider: CultureInfo.InvariantCulture);
            length += digits;
            if (!suffix.IsEmpty)
            {
                buffer[length++] = (byte)'/';
                length += System.Text.Encoding.ASCII.GetBytes(suffix, buffer[length..]);
            }

            buffer[length++] = (byte)'"';
            return buffer[..length];
        }
    }

    /// <summary>The localized label of each value of an enum, JSON-encoded on first use.</summary>
    private sealed class Labels<TEnum>(IStringLocalizer<CatalogBrowseResource> labels)
        where TEnum : struct, Enum
    {
        private readonly Dictionary<TEnum, JsonEncodedText> _encoded = [];

        public JsonEncodedText this[TEnum value]
        {
            get
            {
                if (!_encoded.TryGetValue(value, out var label))
                {
                    label = JsonEncodedText.Encode(labels.Enum(value), Options.Encoder);
                    _encoded[value] = label;
                }

                return label;
            }
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
