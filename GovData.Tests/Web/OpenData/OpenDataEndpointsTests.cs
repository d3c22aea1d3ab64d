using System.Net;
using System.Text;
using System.Text.Json;
using GovData.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.OpenData;

/// <summary>
/// The anonymous open-data surface on the demo city (which seeds data for 3.04.001/JT-0001 and two others): downloads,
/// DCAT-AP JSON-LD and the CKAN action API, against their documented shapes, and what they refuse.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class OpenDataEndpointsTests(GovDataWebApplicationFactory factory)
{
    private HttpClient Anonymous => factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task CkanPackageShow_ByName_HasCkanEnvelopeAndResourcesWithDownloadUrls()
    {
        using var json = await JsonAsync("/api/3/action/package_show?id=3-04-001-jt-0001", HttpStatusCode.OK);
        var root = json.RootElement;
        Assert.True(root.GetProperty("success").GetBoolean());
        Assert.Contains("/api/3/action/help_show?name=package_show", root.GetProperty("help").GetString(), StringComparison.Ordinal);
        var package = root.GetProperty("result");
        Assert.Equal("公交线路及站点信息", package.GetProperty("title").GetString());
        Assert.Equal("jt", package.GetProperty("organization").GetProperty("name").GetString());
        var formats = package.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("format").GetString()).ToList();
        Assert.Equal(["CSV", "JSON", "XLSX"], formats);
        var csvUrl = package.GetProperty("resources")[0].GetProperty("url").GetString()!;

        var csv = await Anonymous.GetAsync(new Uri(csvUrl).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFF线路名称,站点名称,经度,纬度,首班时间,末班时间\r\n1路,", text, StringComparison.Ordinal);
        Assert.Equal(41, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void CkanPackage_WithoutAnyDate_HasNoTimestamps_WithOnlyAModifiedDate_UsesIt()
    {
        var labels = factory.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<GovData.Web.Localization.CatalogBrowseResource>>();
        var request = new Microsoft.AspNetCore.Http.DefaultHttpContext().Request;
        request.Scheme = "https";
        request.Host = new Microsoft.AspNetCore.Http.HostString("data.example.cn");
        var undated = new GovData.Workflows.OpenData.Portal.OpenEntrySummary(
            7, "3.04.009/JT-0009", "无日期的目录", null, 1, "JT", "市交通运输局", GovData.Domain.Resources.OpenType.Unconditional, null, null,
            GovData.Domain.Resources.CatalogClass.Department, GovData.Domain.Resources.UpdateCycle.Monthly, null, null, null, null, 1, null, null);

        var package = GovData.Web.Endpoints.OpenData.CkanEndpoints.Package(request, undated, labels);
        var dated = GovData.Web.Endpoints.OpenData.CkanEndpoints.Package(request, undated with { LastDataUpdate = new DateOnly(2026, 11, 30) }, labels);

        Assert.False(package.ContainsKey("metadata_modified"));
        Assert.False(package.ContainsKey("metadata_created"));
        Assert.Equal("2026-11-30T00:00:00.000000", dated["metadata_modified"]);
        Assert.Equal("https://data.example.cn/portal/entries/7", package["url"]);
    }

    [Fact]
    public async Task CkanPackageList_AndSearch_ShowOnlyPublished_WithCountAndPaging()
    {
        using var list = await JsonAsync("/api/3/action/package_list", HttpStatusCode.OK);
        var names = list.RootElement.GetProperty("result").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains("3-04-001-jt-0001", names);
        Assert.DoesNotContain("3-02-001-scjg-0004", names); // a draft of the demo
        Assert.DoesNotContain("2-07-001-zrzy-0003", names);

        using var search = await JsonAsync("/api/3/action/package_search?q=公交&rows=1&start=0", HttpStatusCode.OK);
        var result = search.RootElement.GetProperty("result");
        Assert.Equal(1, result.GetProperty("count").GetInt32());
        Assert.Equal("3-04-001-jt-0001", result.GetProperty("results")[0].GetProperty("name").GetString());

        using var all = await JsonAsync("/api/3/action/package_search?rows=1000", HttpStatusCode.OK);
        Assert.Equal(names.Count, all.RootElement.GetProperty("result").GetProperty("count").GetInt32());

        using var orgs = await JsonAsync("/api/3/action/organization_list", HttpStatusCode.OK);
        Assert.Contains("jt", orgs.RootElement.GetProperty("result").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("/api/3/action/package_show?id=3-02-001-scjg-0004", HttpStatusCode.NotFound, "Not Found Error")]
    [InlineData("/api/3/action/package_show?id=999999", HttpStatusCode.NotFound, "Not Found Error")]
    [InlineData("/api/3/action/package_show", HttpStatusCode.Conflict, "Validation Error")]
    [InlineData("/api/3/action/package_search?rows=-5", HttpStatusCode.Conflict, "Validation Error")]
    [InlineData("/api/3/action/package_search?rows=ten", HttpStatusCode.Conflict, "Validation Error")]
    [InlineData("/api/3/action/package_search?fq=res_format:CSV", HttpStatusCode.BadRequest, "Search Query Error")]
    [InlineData("/api/3/action/package_search?sort=downloads desc", HttpStatusCode.BadRequest, "Search Query Error")]
    [InlineData("/api/3/action/package_search?start=-1", HttpStatusCode.Conflict, "Validation Error")]
    [InlineData("/api/3/action/package_create", HttpStatusCode.BadRequest, "Bad Request")]
    public async Task Ckan_Refusals_UseCkansErrorObject(string path, HttpStatusCode status, string type)
    {
        using var json = await JsonAsync(path, status);
        Assert.False(json.RootElement.GetProperty("success").GetBoolean());
        Assert.Equal(type, json.RootElement.GetProperty("error").GetProperty("__type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("error").GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Dcat_IsJsonLdCatalog_PagedWithHydraNext_UntilEveryPublishedEntryIsSeen()
    {
        var seen = new List<string>();
        string? next = "/api/open/dcat.jsonld?pageSize=5";
        var pages = 0;
        while (next is not null)
        {
            var response = await Anonymous.GetAsync(next);
            Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var root = json.RootElement;
            Assert.Equal("http://www.w3.org/ns/dcat#", root.GetProperty("@context").GetProperty("dcat").GetString());
            Assert.Contains("dcat:Catalog", root.GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
            Assert.Equal("hydra:PartialCollectionView", root.GetProperty("hydra:view").GetProperty("@type").GetString());
            foreach (var dataset in root.GetProperty("dcat:dataset").EnumerateArray())
            {
                Assert.Equal("dcat:Dataset", dataset.GetProperty("@type").GetString());
                foreach (var property in new[] { "dct:title", "dct:description", "dct:publisher", "dcat:theme", "dcat:keyword", "dct:accrualPeriodicity", "dct:accessRights", "dcat:distribution" })
                {
                    Assert.True(dataset.TryGetProperty(property, out _), property);
                }

                seen.Add(dataset.GetProperty("dct:identifier").GetString()!);
                if (dataset.GetProperty("dct:identifier").GetString() == "3.04.001/JT-0001")
                {
                    var distributions = dataset.GetProperty("dcat:distribution").EnumerateArray().ToList();
                    Assert.Equal(3, distributions.Count);
                    Assert.EndsWith("/api/open/datasets/", distributions[0].GetProperty("dcat:downloadURL").GetString()![..^("N/csv".Length + CountDigits(distributions[0]))], StringComparison.Ordinal);
                    Assert.Equal("http://publications.europa.eu/resource/authority/access-right/PUBLIC", dataset.GetProperty("dct:accessRights").GetString());
                    Assert.True(dataset.TryGetProperty("dct:modified", out _));
                }
            }

            next = root.GetProperty("hydra:view").TryGetProperty("hydra:next", out var link) ? new Uri(link.GetString()!).PathAndQuery : null;
            pages++;
        }

        using var list = await JsonAsync("/api/3/action/package_list", HttpStatusCode.OK);
        Assert.Equal(list.RootElement.GetProperty("result").GetArrayLength(), seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.DoesNotContain("3.02.001/SCJG-0004", seen);
        Assert.True(pages > 1);
    }

    [Theory]
    [InlineData("/api/open/dcat.jsonld?pageSize=0")]
    [InlineData("/api/open/dcat.jsonld?pageSize=100000")]
    [InlineData("/api/open/dcat.jsonld?after=-3")]
    [InlineData("/api/open/dcat.jsonld?after=abc")]
    public async Task Dcat_PagingOutOfRange_IsALocalized400Problem(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd("en");
        var response = await Anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Invalid paging", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_OfOnApplicationNotOpenDraftAndUnknown_AreRefused_InTheCallersLanguage()
    {
        using var onApplication = await JsonAsync("/api/3/action/package_show?id=2-03-001-scjg-0003", HttpStatusCode.OK);
        var id = onApplication.RootElement.GetProperty("result").GetProperty("id").GetString();
        var apply = await Anonymous.GetAsync($"/api/open/datasets/{id}/csv");
        Assert.Equal(HttpStatusCode.Forbidden, apply.StatusCode);
        Assert.Contains("申请", await apply.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.GetAsync("/api/open/datasets/999999/csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.GetAsync("/api/open/datasets/abc/csv")).StatusCode);
        using var bus = await JsonAsync("/api/3/action/package_show?id=3-04-001-jt-0001", HttpStatusCode.OK);
        var busId = bus.RootElement.GetProperty("result").GetProperty("id").GetString();
        var pdf = await Anonymous.GetAsync($"/api/open/datasets/{busId}/pdf");
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        Assert.Equal("application/problem+json", pdf.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task JsonAndXlsxDownloads_CarryTheRows()
    {
        using var bus = await JsonAsync("/api/3/action/package_show?id=3-04-001-jt-0001", HttpStatusCode.OK);
        var id = bus.RootElement.GetProperty("result").GetProperty("id").GetString();
        using var data = JsonDocument.Parse(await Anonymous.GetStringAsync($"/api/open/datasets/{id}/json"));
        Assert.Equal(40, data.RootElement.GetProperty("rows").GetArrayLength());
        Assert.Equal(JsonValueKind.Number, data.RootElement.GetProperty("rows")[0].GetProperty("经度").ValueKind);

        var xlsx = await Anonymous.GetAsync($"/api/open/datasets/{id}/xlsx");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), useHeaderRow: true).ToList();
        Assert.Equal(40, rows.Count);
    }

    [Theory]
    [InlineData("/portal")]
    [InlineData("/portal/entries/1")]
    public async Task PortalPages_AreAnonymous_NoSignInRedirect(string path)
    {
        var response = await Anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static int CountDigits(JsonElement distribution)
    {
        var url = distribution.GetProperty("dcat:downloadURL").GetString()!;
        var digits = url.Split("/api/open/datasets/")[1].Split('/')[0];
        return digits.Length - 1;
    }

    private async Task<JsonDocument> JsonAsync(string path, HttpStatusCode expected)
    {
        var response = await Anonymous.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
