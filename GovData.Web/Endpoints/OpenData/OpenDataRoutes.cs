using GovData.Workflows.OpenData.Datasets;

namespace GovData.Web.Endpoints.OpenData;

/// <summary>The public addresses of the open-data portal and its APIs (one place, for pages, DCAT and CKAN).</summary>
public static class OpenDataRoutes
{
    public const string Portal = "/portal";
    public const string Dcat = "/api/open/dcat.jsonld";
    public const string CkanAction = "/api/3/action";

    /// <summary>The same action API without the version, where CKAN also serves it and ckanapi calls it.</summary>
    public const string CkanActionUnversioned = "/api/action";

    public const string OpenApi = "/api/open/openapi.json";

    public const string EntryPrefix = "/portal/entries/";
    public const string ApplyPrefix = "/portal/apply/";
    public const string DownloadPrefix = "/api/open/datasets/";

    public static string Entry(int id) => $"{EntryPrefix}{id}";

    public static string Apply(int id) => $"{ApplyPrefix}{id}";

    public static string Download(int id, DatasetFormat format) => $"{DownloadPrefix}{id}/{DatasetFormats.Extension(format)}";

    public static string Absolute(HttpRequest request, string path) => $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
}
