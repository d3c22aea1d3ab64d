using System.Net;
using System.Text.Json;
using GovData.Tests.Support;
using GovData.Web.Endpoints.OpenData;

namespace GovData.Tests.Web.OpenData;

/// <summary>
/// The open API's OpenAPI description (<c>/api/open/openapi.json</c>): a static file for harvester developers, served to
/// anyone; it lists exactly the anonymous open-data addresses and each of them answers as it says. It is also the 5 KB
/// static file the portal search benchmark compares against (issue #11 §5).
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class OpenApiDescriptionTests(GovDataWebApplicationFactory factory)
{
    [Fact]
    public async Task IsServedToAnyone_ListsTheOpenAddresses_AndEachAnswersAsDocumented()
    {
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync("/api/open/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.InRange(bytes.Length, 4 * 1024, 6 * 1024);
        using var document = JsonDocument.Parse(bytes);
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal(
            new[]
            {
                OpenDataRoutes.Dcat, $"{OpenDataRoutes.CkanAction}/package_list", $"{OpenDataRoutes.CkanAction}/package_show",
                $"{OpenDataRoutes.CkanAction}/package_search", $"{OpenDataRoutes.CkanAction}/organization_list", DatasetDownloadEndpoints.Route,
            }.Order(),
            paths.Keys.Order());

        foreach (var (path, item) in paths)
        {
            var address = path.Replace("{id}", "3-04-001-jt-0001", StringComparison.Ordinal).Replace("{format}", "csv", StringComparison.Ordinal);
            if (path.EndsWith("package_show", StringComparison.Ordinal))
            {
                address += "?id=3-04-001-jt-0001";
            }

            var answer = await anonymous.GetAsync(address);
            var documented = item.GetProperty("get").GetProperty("responses").EnumerateObject().Select(r => r.Name);
            Assert.Contains(((int)answer.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), documented);
        }
    }

    [Fact]
    public async Task DescribesWhatRealClientsUse_AndEveryDocumentedSearchParameterIsAnswered()
    {
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/api/open/openapi.json"));
        var info = document.RootElement.GetProperty("info").GetProperty("description").GetString()!;
        var search = document.RootElement.GetProperty("paths").GetProperty($"{OpenDataRoutes.CkanAction}/package_search").GetProperty("get");

        Assert.Contains("/api/action/{action}", info, StringComparison.Ordinal);
        Assert.Contains("POST", info, StringComparison.Ordinal);
        Assert.Contains("Access-Control-Allow-Origin: *", info, StringComparison.Ordinal);
        var parameters = search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.Equal(["q", "fq", "sort", "rows", "start"], parameters);
        var samples = new Dictionary<string, string>
        {
            ["q"] = "公交", ["fq"] = "organization:jt metadata_modified:[2000-01-01T00:00:00Z TO *]", ["sort"] = "metadata_modified desc", ["rows"] = "5000", ["start"] = "0",
        };
        foreach (var name in parameters)
        {
            var answer = await anonymous.GetAsync($"{OpenDataRoutes.CkanActionUnversioned}/package_search?{name}={Uri.EscapeDataString(samples[name])}");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        var refused = await anonymous.GetAsync($"{OpenDataRoutes.CkanAction}/package_search?fq=res_format:CSV");
        Assert.Contains("400", search.GetProperty("responses").EnumerateObject().Select(r => r.Name));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }
}
