using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using GovData.Tests.Support;

namespace GovData.Tests.Web.OpenData;

/// <summary>
/// package_search's parameters as harvesters send them (decision 0038): fq by organization and metadata_modified
/// range, CKAN's own fq terms, sort, rows capped at CKAN's 1000, facet and include_private accepted, and refusals.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class CkanPackageSearchParametersTests(GovDataWebApplicationFactory factory)
{
    private HttpClient Anonymous => factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task RowsAboveCkansMaximum_AreCapped_NotRefused()
    {
        using var all = await SearchAsync("rows=5000");

        var result = all.RootElement.GetProperty("result");
        Assert.Equal(Math.Min(1000, result.GetProperty("count").GetInt32()), result.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task FqOrganization_IncludesOrExcludesThatDepartment()
    {
        using var all = await SearchAsync("rows=1000");
        using var jt = await SearchAsync("rows=1000&fq=organization:jt");
        using var notJt = await SearchAsync("rows=1000&fq=-organization:jt");
        using var either = await SearchAsync("rows=1000&fq=" + Uri.EscapeDataString("+dataset_type:dataset (organization:jt OR organization:ga)"));

        var total = Count(all);
        Assert.InRange(Count(jt), 1, total - 1);
        Assert.All(Organizations(jt), o => Assert.Equal("jt", o));
        Assert.DoesNotContain("jt", Organizations(notJt));
        Assert.Equal(total, Count(jt) + Count(notJt));
        Assert.Equal(Organizations(all).Count(o => o is "jt" or "ga"), Count(either));
    }

    [Fact]
    public async Task FqMetadataModifiedRange_KeepsOnlyEntriesModifiedInIt()
    {
        using var all = await SearchAsync("rows=1000&sort=metadata_modified desc");
        var modified = Modified(all).ToList();
        Assert.True(modified.Count >= 2, "the demo has dated entries");
        var bound = modified[modified.Count / 2];
        var fq = Uri.EscapeDataString($"metadata_modified:[{bound:yyyy-MM-ddTHH:mm:ss.ffffff}Z TO *]");

        using var since = await SearchAsync("rows=1000&fq=" + fq);
        using var future = await SearchAsync("rows=1000&fq=" + Uri.EscapeDataString("metadata_modified:[2999-01-01T00:00:00Z TO *]"));
        using var upTo = await SearchAsync("rows=1000&fq=" + Uri.EscapeDataString("metadata_modified:[* TO 2999-01-01T00:00:00Z]"));

        Assert.Equal(modified.Count(m => m >= bound), Count(since));
        Assert.All(Modified(since), m => Assert.True(m >= bound));
        Assert.Equal(0, Count(future));
        Assert.Equal(modified.Count, Count(upTo));
    }

    [Theory]
    [InlineData("metadata_modified desc")]
    [InlineData("score desc, metadata_modified desc")]
    public async Task SortByMetadataModified_Descending(string sort)
    {
        using var sorted = await SearchAsync("rows=1000&sort=" + Uri.EscapeDataString(sort));

        var modified = Modified(sorted).ToList();
        Assert.Equal(modified.OrderDescending(), modified);
        Assert.Equal("metadata_modified desc", sorted.RootElement.GetProperty("result").GetProperty("sort").GetString());
        Assert.Equal(Count(sorted), sorted.RootElement.GetProperty("result").GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task SortByNameOrId_AndPagingFollowsTheOrder()
    {
        using var byName = await SearchAsync("rows=1000&sort=" + Uri.EscapeDataString("name desc"));
        using var byId = await SearchAsync("rows=1000&sort=" + Uri.EscapeDataString("id asc"));
        using var second = await SearchAsync("rows=1&start=1&sort=" + Uri.EscapeDataString("id asc"));

        var names = Results(byName).Select(r => r.GetProperty("name").GetString()!).ToList();
        var ids = Results(byId).Select(r => int.Parse(r.GetProperty("id").GetString()!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal).Reverse(), names);
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids[1].ToString(CultureInfo.InvariantCulture), Results(second).Single().GetProperty("id").GetString());
    }

    [Fact]
    public async Task CkansOwnTerms_FacetAndIncludePrivate_AreAnsweredAsCkanWould()
    {
        using var all = await SearchAsync("rows=0");
        using var datasets = await SearchAsync("rows=0&include_private=true&include_drafts=true&facet=true&facet.field=" + Uri.EscapeDataString("[\"organization\"]") + "&fq=" + Uri.EscapeDataString("+dataset_type:dataset +state:active"));
        using var harvestSources = await SearchAsync("rows=0&fq=dataset_type:harvest");

        Assert.Equal(Count(all), Count(datasets));
        Assert.Equal(0, Count(harvestSources));
    }

    [Fact]
    public async Task PostedFqAndSort_GiveWhatGetGives()
    {
        var get = await Anonymous.GetAsync("/api/action/package_search?rows=3&sort=" + Uri.EscapeDataString("metadata_modified desc") + "&fq=" + Uri.EscapeDataString("-organization:ga"));
        var post = await Anonymous.PostAsync("/api/action/package_search", new StringContent("""{"rows":3,"sort":"metadata_modified desc","fq":"-organization:ga"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(await get.Content.ReadAsStringAsync(), await post.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("fq=res_format:CSV", HttpStatusCode.BadRequest, "Search Query Error", "res_format:CSV", "fq")]
    [InlineData("fq=metadata_modified:[yesterday TO *]", HttpStatusCode.BadRequest, "Search Query Error", "metadata_modified", "fq")]
    [InlineData("sort=downloads desc", HttpStatusCode.BadRequest, "Search Query Error", "downloads desc", "sort")]
    [InlineData("sort=name sideways", HttpStatusCode.BadRequest, "Search Query Error", "name sideways", "sort")]
    [InlineData("rows=-1", HttpStatusCode.Conflict, "Validation Error", "rows", "rows")]
    [InlineData("rows=many", HttpStatusCode.Conflict, "Validation Error", "rows", "rows")]
    public async Task Refusals_NameTheParameter_InTheCallersLanguage(string query, HttpStatusCode status, string type, string named, string zhNamed)
    {
        using var en = new HttpRequestMessage(HttpMethod.Get, "/api/3/action/package_search?" + query.Replace(" ", "%20", StringComparison.Ordinal));
        en.Headers.AcceptLanguage.ParseAdd("en");

        var english = await Anonymous.SendAsync(en);
        var chinese = await Anonymous.GetAsync("/api/3/action/package_search?" + query.Replace(" ", "%20", StringComparison.Ordinal));

        Assert.Equal(status, english.StatusCode);
        Assert.Equal(status, chinese.StatusCode);
        using var enJson = JsonDocument.Parse(await english.Content.ReadAsStringAsync());
        using var zhJson = JsonDocument.Parse(await chinese.Content.ReadAsStringAsync());
        Assert.Equal(type, enJson.RootElement.GetProperty("error").GetProperty("__type").GetString());
        Assert.Contains(named, enJson.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        var zhMessage = zhJson.RootElement.GetProperty("error").GetProperty("message").GetString()!;
        Assert.Contains(zhNamed, zhMessage, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", zhMessage);
    }

    private async Task<JsonDocument> SearchAsync(string query)
    {
        var response = await Anonymous.GetAsync("/api/3/action/package_search?" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body);
    }

    private static int Count(JsonDocument search) => search.RootElement.GetProperty("result").GetProperty("count").GetInt32();

    private static IEnumerable<JsonElement> Results(JsonDocument search) => search.RootElement.GetProperty("result").GetProperty("results").EnumerateArray();

    private static IEnumerable<string> Organizations(JsonDocument search) =>
        Results(search).Select(r => r.GetProperty("organization").GetProperty("name").GetString()!);

    private static IEnumerable<DateTime> Modified(JsonDocument search) =>
        Results(search).Where(r => r.TryGetProperty("metadata_modified", out _))
            .Select(r => DateTime.ParseExact(r.GetProperty("metadata_modified").GetString()!, "yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture));
}
