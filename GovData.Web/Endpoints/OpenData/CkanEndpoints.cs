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
/// The subset of CKAN's action API (v3) that harvesters and client libraries call: package_list, package_show,
/// package_search and organization_list, anonymous, GET, in CKAN's envelope <c>{help, success, result}</c> or
/// <c>{help, success: false, error: {__type, message}}</c> with CKAN's statuses (404 Not Found Error, 409 Validation
/// Error, 400 for an unknown action). Only published entries; a dataset's name is its code in lower case with
/// '.' and '/' as '-'. Messages in the caller's language.
/// </summary>
public static class CkanEndpoints
{
    public const int PackageListMax = 100_000;

    /// <summary>CKAN's timestamps: ISO 8601 without an offset, in UTC, with microseconds.</summary>
    private const string TimestampFormat = "yyyy-MM-ddTHH:mm:ss.ffffff";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

    /// <summary>CKAN takes every action by GET or POST; HEAD answers what GET would, without the body.</summary>
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post];

    public static IEndpointRouteBuilder MapCkanEndpoints(this IEndpointRouteBuilder app)
    {
        foreach (var (prefix, suffix) in new[] { (OpenDataRoutes.CkanAction, ""), (OpenDataRoutes.CkanActionUnversioned, "Unversioned") })
        {
            // Only GET and HEAD answers are ever kept by the output cache (its default policy); a POST is answered each time.
            var api = app.MapGroup(prefix).AllowAnonymous().CacheOutput(OpenCatalogCaching.Policy).RequireCors(OpenDataCors.Policy);
            api.AddEndpointFilter(RefuseUnreadableBody);
            api.MapMethods("/package_list", Methods, PackageListAsync).WithName("CkanPackageList" + suffix);
            api.MapMethods("/package_show", Methods, PackageShowAsync).WithName("CkanPackageShow" + suffix);
            api.MapMethods("/package_search", Methods, PackageSearchAsync).WithName("CkanPackageSearch" + suffix);
            api.MapMethods("/organization_list", Methods, OrganizationListAsync).WithName("CkanOrganizationList" + suffix);
            api.MapMethods("/help_show", Methods, HelpShow).WithName("CkanHelpShow" + suffix);
            api.MapMethods("/{action}", Methods, (string action, HttpContext http, IStringLocalizer<OpenDataResource> text) =>
                Error(http, action, StatusCodes.Status400BadRequest, "Bad Request", text.Format("Ckan.UnknownAction", action)));
        }

        return app;
    }

    /// <summary>A POST body that is too large, not JSON or not an object: CKAN's 400, before the action runs.</summary>
    private static async ValueTask<object?> RefuseUnreadableBody(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.Arguments.OfType<CkanParameters>().FirstOrDefault() is { Refusal: { } refusal })
        {
            var path = context.HttpContext.Request.Path.Value ?? string.Empty;
            var action = path.TrimEnd('/')[(path.TrimEnd('/').LastIndexOf('/') + 1)..];
            return Error(context.HttpContext, action, StatusCodes.Status400BadRequest, "Bad Request", refusal);
        }

        return await next(context);
    }

    /// <summary>The CKAN name of an entry (code "3.04.001/JT-0001" → "3-04-001-jt-0001").</summary>
    public static string NameOf(string code) => code.ToLowerInvariant().Replace('.', '-').Replace('/', '-');

    /// <summary>Every open entry's name in code order; CKAN's optional limit and offset page it.</summary>
    internal static async Task<IResult> PackageListAsync(
        CkanParameters parameters, HttpContext http, SearchOpenCatalog search, IStringLocalizer<OpenDataResource> text, CancellationToken cancellationToken)
    {
        if (!TryNatural(parameters["offset"], out var offset) || offset > OpenCatalogSearch.MaxStart)
        {
            return Validation(http, "package_list", "offset", text.Format("Ckan.NotNatural", "offset"));
        }

        if (!TryNatural(parameters["limit"], out var limit))
        {
            return Validation(http, "package_list", "limit", text.Format("Ckan.NotNatural", "limit"));
        }

        var end = (int)Math.Min((long)offset + (parameters["limit"] is null ? PackageListMax : limit), PackageListMax);
        var names = new List<string>();
        for (var start = (int)offset; start < end; start += OpenCatalogSearch.MaxRows)
        {
            var rows = Math.Min(OpenCatalogSearch.MaxRows, end - start);
            var page = await search.ExecuteAsync(new OpenCatalogSearch(Start: start, Rows: rows), cancellationToken);
            names.AddRange(page.Entries.Select(e => NameOf(e.Code)));
            if (page.Entries.Count < rows)
            {
                break;
            }
        }

        return Success(http, "package_list", names);
    }

    internal static async Task<IResult> PackageShowAsync(
        CkanParameters parameters, HttpContext http, SearchOpenCatalog search, IStringLocalizer<OpenDataResource> text, IStringLocalizer<CatalogBrowseResource> labels, CancellationToken cancellationToken)
    {
        var id = parameters["id"];
        if (string.IsNullOrWhiteSpace(id))
        {
            return Validation(http, "package_show", "id", text["Ckan.Missing"]);
        }

        var entry = await search.FindAsync(id.Trim(), cancellationToken);
        return entry is null
            ? Error(http, "package_show", StatusCodes.Status404NotFound, "Not Found Error", text["Ckan.NotFound"])
            : Success(http, "package_show", Package(http.Request, entry, labels));
    }

    internal static async Task<IResult> PackageSearchAsync(
        CkanParameters parameters, HttpContext http, SearchOpenCatalog search, IStringLocalizer<OpenDataResource> text,
        IStringLocalizer<CatalogBrowseResource> labels, CancellationToken cancellationToken)
    {
        var (q, rows, start) = (parameters["q"], parameters["rows"]?.Trim(), parameters["start"]);
        // CKAN: rows defaults to 10 and is silently capped at its maximum (ckan.search.rows_max, 1000); start and
        // rows must be natural numbers (a Validation Error, 409).
        var rowCount = 10;
        if (!string.IsNullOrEmpty(rows))
        {
            if (!TryNatural(rows, out var asked))
            {
                return Validation(http, "package_search", "rows", text.Format("Ckan.NotNatural", "rows"));
            }

            rowCount = (int)Math.Min(asked, OpenCatalogSearch.MaxRows);
        }

        var startAt = 0;
        if (!string.IsNullOrEmpty(start) && (!int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out startAt) || startAt > OpenCatalogSearch.MaxStart))
        {
            return Validation(http, "package_search", "start", text.Format("Ckan.StartInvalid", OpenCatalogSearch.MaxStart));
        }

        if (CkanSearchQuery.Parse(parameters["fq"], parameters["sort"], out var refusedFq, out var refusedSort) is not { } parsed)
        {
            return Error(
                http, "package_search", StatusCodes.Status400BadRequest, "Search Query Error",
                refusedFq is not null ? text.Format("Ckan.FqInvalid", refusedFq) : text.Format("Ckan.SortInvalid", refusedSort));
        }

        // CKAN's "match everything" query; facets, include_private and include_drafts change nothing here (no
        // facet counts are computed; the open catalog has no private or draft entries to include).
        var query = q?.Trim() is "*:*" or "" ? null : q;
        var page = await search.ExecuteAsync(
            new OpenCatalogSearch(Text: query, Start: startAt, Rows: rowCount, Filter: parsed.Filter, Order: parsed.Order, Descending: parsed.Descending),
            cancellationToken);
        return Success(http, "package_search", new Dictionary<string, object?>
        {
            ["count"] = page.Count,
            ["sort"] = parsed.Sort,
            ["facets"] = new Dictionary<string, object>(),
            ["search_facets"] = new Dictionary<string, object>(),
            ["results"] = page.Entries.Select(e => Package(http.Request, e, labels)).ToList(),
        });
    }

    /// <summary>CKAN's help_show, where every answer's <c>help</c> points: what the action does here, in the caller's language.</summary>
    internal static IResult HelpShow(CkanParameters parameters, HttpContext http, IStringLocalizer<OpenDataResource> text)
    {
        var name = parameters["name"];
        return name is "package_list" or "package_show" or "package_search" or "organization_list" or "help_show"
            ? Success(http, "help_show", text["Ckan.Help." + name].Value)
            : Error(http, "help_show", StatusCodes.Status404NotFound, "Not Found Error", text["Ckan.NotFound"]);
    }

    /// <summary>The departments that publish at least one entry (CKAN's organisations), by name (their code in lower case).</summary>
    internal static async Task<IResult> OrganizationListAsync(CkanParameters parameters, HttpContext http, GetPortalOverview overview, CancellationToken cancellationToken)
    {
        var counts = await overview.ExecuteAsync(cancellationToken);
        return Success(http, "organization_list", counts.ByDepartment.Select(d => d.Code.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList());
    }

    internal static Dictionary<string, object?> Package(HttpRequest request, OpenEntrySummary entry, IStringLocalizer<CatalogBrowseResource> labels)
    {
        var id = entry.Id.ToString(CultureInfo.InvariantCulture);
        var created = Timestamp(entry.CreatedUtc);
        var modified = Timestamp(entry.ModifiedUtc);
        var resources = entry.HasData
            ? DatasetFormats.All.Select(format => new Dictionary<string, object?>
            {
                ["id"] = $"{id}-{DatasetFormats.Extension(format)}",
                ["package_id"] = id,
                ["name"] = $"{entry.Name} ({DatasetFormats.Extension(format).ToUpperInvariant()})",
                ["format"] = DatasetFormats.Extension(format).ToUpperInvariant(),
                ["mimetype"] = DatasetFormats.MediaType(format),
                ["url"] = OpenDataRoutes.Absolute(request, OpenDataRoutes.Download(entry.Id, format)),
                ["last_modified"] = entry.ReleasedAtUtc?.ToString(TimestampFormat, CultureInfo.InvariantCulture),
                ["state"] = "active",
            }).Select(WithoutNullTimestamps).ToList()
            : [];
        var tags = new[] { labels.Enum(entry.CatalogClass), entry.Theme is { } t ? labels.Enum(t) : null, entry.PriorityDomain is { } d ? labels.Enum(d) : null }
            .OfType<string>().Select(name => new Dictionary<string, object?> { ["name"] = name, ["display_name"] = name, ["state"] = "active" }).ToList();
        return WithoutNullTimestamps(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["name"] = NameOf(entry.Code),
            ["title"] = entry.Name,
            ["notes"] = entry.Summary,
            ["type"] = "dataset",
            ["state"] = "active",
            ["private"] = false,
            ["isopen"] = entry.OpenType == OpenType.Unconditional,
            ["url"] = OpenDataRoutes.Absolute(request, OpenDataRoutes.Entry(entry.Id)),
            ["metadata_created"] = created ?? modified,
            ["metadata_modified"] = modified ?? created,
            ["owner_org"] = entry.ProviderDepartmentId.ToString(CultureInfo.InvariantCulture),
            ["organization"] = new Dictionary<string, object?>
            {
                ["id"] = entry.ProviderDepartmentId.ToString(CultureInfo.InvariantCulture),
                ["name"] = entry.ProviderCode.ToLowerInvariant(),
                ["title"] = entry.ProviderName,
                ["type"] = "organization",
                ["is_organization"] = true,
                ["state"] = "active",
            },
            ["num_resources"] = resources.Count,
            ["resources"] = resources,
            ["num_tags"] = tags.Count,
            ["tags"] = tags,
            ["extras"] = new List<Dictionary<string, object?>>
            {
                new() { ["key"] = "identifier", ["value"] = entry.Code },
                new() { ["key"] = "access_rights", ["value"] = entry.OpenType.ToString() },
                new() { ["key"] = "frequency", ["value"] = DcatVocabulary.Frequency(entry.UpdateCycle) },
                new() { ["key"] = "legal_basis", ["value"] = entry.LegalBasis },
            },
        });
    }

    /// <summary>An entry without any date has no timestamps at all: omitted, not null and not a bare time.</summary>
    private static Dictionary<string, object?> WithoutNullTimestamps(Dictionary<string, object?> values)
    {
        foreach (var key in new[] { "metadata_created", "metadata_modified", "last_modified" })
        {
            if (values.TryGetValue(key, out var value) && value is null)
            {
                values.Remove(key);
            }
        }

        return values;
    }

    /// <summary>A date as a CKAN timestamp (midnight), or null when there is none: never a bare "T00:00:00".</summary>
    private static string? Timestamp(DateTime? time) => time?.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    /// <summary>Absent, or a whole number of 0 or more (CKAN's natural_number_validator; leading/trailing blanks allowed).</summary>
    private static bool TryNatural(string? text, out long value)
    {
        value = 0;
        return text is null || (long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && value >= 0);
    }

    private static string Help(HttpContext http, string action) =>
        OpenDataRoutes.Absolute(http.Request, $"{OpenDataRoutes.CkanAction}/help_show?name={Uri.EscapeDataString(action)}");

    private static IResult Success(HttpContext http, string action, object result) =>
        Results.Json(new Dictionary<string, object?> { ["help"] = Help(http, action), ["success"] = true, ["result"] = result }, Json);

    private static IResult Error(HttpContext http, string action, int status, string type, string message) =>
        Results.Json(
            new Dictionary<string, object?>
            {
                ["help"] = Help(http, action),
                ["success"] = false,
                ["error"] = new Dictionary<string, object?> { ["__type"] = type, ["message"] = message },
            },
            Json,
            statusCode: status);

    private static IResult Validation(HttpContext http, string action, string field, string message) =>
        Results.Json(
            new Dictionary<string, object?>
            {
                ["help"] = Help(http, action),
                ["success"] = false,
                ["error"] = new Dictionary<string, object?> { ["__type"] = "Validation Error", ["message"] = message, [field] = new[] { message } },
            },
            Json,
            statusCode: StatusCodes.Status409Conflict);
}
