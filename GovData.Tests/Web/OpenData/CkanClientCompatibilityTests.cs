using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GovData.Tests.Support;

namespace GovData.Tests.Web.OpenData;

/// <summary>
/// The CKAN action API called the way real clients call it (decision 0038): ckanapi's unversioned path and JSON POSTs,
/// old clients' form posts, browser apps on other origins (CORS), HEAD and trailing slashes — and what each refuses.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class CkanClientCompatibilityTests(GovDataWebApplicationFactory factory)
{
    private HttpClient Anonymous => factory.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/api/3/action")]
    [InlineData("/api/action")]
    public async Task EveryAction_AnswersOnBothPaths_ByGetAndByJsonPost_Identically(string prefix)
    {
        var calls = new (string Action, string Query, string Json)[]
        {
            ("package_list", "", "{}"),
            ("package_show", "id=3-04-001-jt-0001", """{"id":"3-04-001-jt-0001"}"""),
            ("package_search", "q=公交&rows=1&start=0", """{"q":"公交","rows":1,"start":"0"}"""),
            ("organization_list", "", "{}"),
        };
        foreach (var (action, query, json) in calls)
        {
            var get = await Anonymous.GetAsync($"{prefix}/{action}?{query}");
            var post = await Anonymous.PostAsync($"{prefix}/{action}", new StringContent(json, Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
            var got = await get.Content.ReadAsStringAsync();
            Assert.Equal(got, await post.Content.ReadAsStringAsync());
            using var document = JsonDocument.Parse(got);
            Assert.True(document.RootElement.GetProperty("success").GetBoolean());
        }

        using var search = JsonDocument.Parse(await (await Anonymous.PostAsync($"{prefix}/package_search", new StringContent("""{"q":"公交","rows":1}""", Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync());
        Assert.Equal("3-04-001-jt-0001", search.RootElement.GetProperty("result").GetProperty("results")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task FormPost_AndOldClientsJsonAsFormKey_GiveWhatGetGives()
    {
        var get = await (await Anonymous.GetAsync("/api/action/package_show?id=3-04-001-jt-0001")).Content.ReadAsStringAsync();

        var form = await Anonymous.PostAsync("/api/action/package_show", new FormUrlEncodedContent([new("id", "3-04-001-jt-0001")]));
        var legacy = await Anonymous.PostAsync("/api/action/package_show", new StringContent("%7B%22id%22%3A%223-04-001-jt-0001%22%7D=", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(get, await form.Content.ReadAsStringAsync());
        Assert.Equal(get, await legacy.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{not json", null, "JSON")]
    [InlineData("[1,2]", null, "JSON")]
    [InlineData("\"id\"", null, "JSON")]
    [InlineData(null, "multipart", "JSON")]
    [InlineData(null, "large", "64")]
    public async Task UnreadableBody_IsCkans400_InTheCallersLanguage(string? body, string? kind, string english)
    {
        HttpContent Content() => kind switch
        {
            "large" => new StringContent("{\"q\":\"" + new string('x', CkanParametersLimit) + "\"}", Encoding.UTF8, "application/json"),
            "multipart" => new MultipartFormDataContent { { new StringContent("3-04-001-jt-0001"), "id" } },
            _ => new StringContent(body!, Encoding.UTF8, "application/json"),
        };

        var zh = await Anonymous.PostAsync("/api/action/package_search", Content());
        using var en = new HttpRequestMessage(HttpMethod.Post, "/api/3/action/package_search") { Content = Content() };
        en.Headers.AcceptLanguage.ParseAdd("en");
        var english400 = await Anonymous.SendAsync(en);

        Assert.Equal(HttpStatusCode.BadRequest, zh.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, english400.StatusCode);
        using var zhJson = JsonDocument.Parse(await zh.Content.ReadAsStringAsync());
        using var enJson = JsonDocument.Parse(await english400.Content.ReadAsStringAsync());
        Assert.False(zhJson.RootElement.GetProperty("success").GetBoolean());
        Assert.Equal("Bad Request", zhJson.RootElement.GetProperty("error").GetProperty("__type").GetString());
        Assert.StartsWith("请求错误", zhJson.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        var message = enJson.RootElement.GetProperty("error").GetProperty("message").GetString()!;
        Assert.StartsWith("Bad request", message, StringComparison.Ordinal);
        Assert.Contains(kind == "multipart" ? "JSON object" : english, message, StringComparison.Ordinal);
        Assert.Contains("help_show?name=package_search", enJson.RootElement.GetProperty("help").GetString(), StringComparison.Ordinal);
    }

    private const int CkanParametersLimit = GovData.Web.Endpoints.OpenData.CkanParameters.MaxBodyBytes;

    [Fact]
    public async Task JsonBodyWithAByteOrderMark_IsRead()
    {
        var get = await (await Anonymous.GetAsync("/api/action/package_show?id=3-04-001-jt-0001")).Content.ReadAsStringAsync();
        var body = new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("""{"id":"3-04-001-jt-0001"}""")]);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var post = await Anonymous.PostAsync("/api/action/package_show", body);

        Assert.Equal(get, await post.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EmptyPostBody_IsAnEmptyObject_AsCkanReadsIt()
    {
        var get = await (await Anonymous.GetAsync("/api/action/package_list")).Content.ReadAsStringAsync();
        var post = await Anonymous.PostAsync("/api/action/package_list", null);

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(get, await post.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignedInStaff_GetsThePublicAnswer_NotMore()
    {
        using var staff = factory.CreateClientAs("catalog.jt@govdata.local");
        var anonymous = await (await Anonymous.GetAsync("/api/action/package_list")).Content.ReadAsStringAsync();

        var signedIn = await staff.PostAsync("/api/action/package_list", new StringContent("{}", Encoding.UTF8, "application/json"));
        var draft = await staff.GetAsync("/api/action/package_show?id=3-02-001-scjg-0004");

        Assert.Equal(anonymous, await signedIn.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Theory]
    [InlineData("/api/3/action/package_list")]
    [InlineData("/api/action/package_search?q=公交")]
    [InlineData("/api/open/dcat.jsonld")]
    [InlineData("/api/open/openapi.json")]
    public async Task OpenReads_AllowAnyOrigin_WithoutCredentials(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", "https://apps.example.org");

        var response = await Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task OpenDownload_AllowsAnyOrigin()
    {
        var id = await factory.EntryIdAsync("3.04.001/JT-0001");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/open/datasets/{id}/csv");
        request.Headers.Add("Origin", "https://apps.example.org");

        var response = await Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Theory]
    [InlineData("/api/3/action/package_search")]
    [InlineData("/api/action/package_show")]
    public async Task Preflight_ForAJsonPost_IsAllowed(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", "https://apps.example.org");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        var response = await Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Contains("content-type", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("GET", "/Account/Login", null)]
    [InlineData("GET", "/portal", null)]
    [InlineData("GET", "/catalog/open", "catalog.jt@govdata.local")]
    [InlineData("POST", "/api/open/datasets/1", null)]
    [InlineData("OPTIONS", "/Account/Login", null)]
    [InlineData("POST", "/api/catalog/resources/1/dataset?fileName=a.csv", null)]
    [InlineData("OPTIONS", "/api/catalog/resources/1/dataset", null)]
    [InlineData("POST", "/_blazor/negotiate?negotiateVersion=1", null)]
    [InlineData("GET", "/portal/apply/1", "catalog.jt@govdata.local")]
    public async Task EverythingElse_AnswersNoCorsHeader(string method, string path, string? user)
    {
        using var client = user is null ? Anonymous : factory.CreateClientAs(user);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("Origin", "https://apps.example.org");
        if (method == "OPTIONS")
        {
            request.Headers.Add("Access-Control-Request-Method", "POST");
        }

        var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"), $"{method} {path} answered {(int)response.StatusCode} with CORS");
    }

    [Fact]
    public async Task PostAnswers_AreNeverOutputCached()
    {
        var first = await Anonymous.PostAsync("/api/action/package_list", new StringContent("{}", Encoding.UTF8, "application/json"));
        var second = await Anonymous.PostAsync("/api/action/package_list", new StringContent("{}", Encoding.UTF8, "application/json"));
        var get = await Anonymous.GetAsync("/api/action/package_list?cache-probe=post");
        var getAgain = await Anonymous.GetAsync("/api/action/package_list?cache-probe=post");

        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age);
        Assert.NotNull(getAgain.Headers.Age); // the second GET comes from the output cache
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
    }

    [Theory]
    [InlineData("/api/action/package_list/")]
    [InlineData("/api/3/action/package_show/?id=3-04-001-jt-0001")]
    public async Task TrailingSlash_AnswersTheSameAction(string path)
    {
        var response = await Anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Head_AnswersLikeGet_WithoutABody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/api/action/package_show?id=3-04-001-jt-0001");

        var response = await Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task UnknownAction_IsCkans400_OnBothPaths(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/action/package_create");
        request.Headers.AcceptLanguage.ParseAdd("en");
        request.Content = method == "POST" ? new StringContent("{}", Encoding.UTF8, "application/json") : null;

        var response = await Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Bad request - Action name not known: package_create", json.RootElement.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task AcceptHeaderOfAnyKind_StillGetsJson()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/action/package_list");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HelpLink_OfEveryAnswer_IsAnsweredInTheCallersLanguage()
    {
        using var search = JsonDocument.Parse(await Anonymous.GetStringAsync("/api/action/package_search?rows=0"));
        var help = new Uri(search.RootElement.GetProperty("help").GetString()!).PathAndQuery;
        using var en = new HttpRequestMessage(HttpMethod.Get, help);
        en.Headers.AcceptLanguage.ParseAdd("en");

        var chinese = await Anonymous.GetAsync(help);
        var english = await Anonymous.SendAsync(en);
        var unknown = await Anonymous.GetAsync("/api/action/help_show?name=package_create");

        Assert.Equal(HttpStatusCode.OK, chinese.StatusCode);
        using var zhJson = JsonDocument.Parse(await chinese.Content.ReadAsStringAsync());
        using var enJson = JsonDocument.Parse(await english.Content.ReadAsStringAsync());
        Assert.StartsWith("package_search：检索", zhJson.RootElement.GetProperty("result").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("package_search: search", enJson.RootElement.GetProperty("result").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task PackageList_LimitAndOffset_PageTheNames_AsInCkan()
    {
        using var all = JsonDocument.Parse(await Anonymous.GetStringAsync("/api/action/package_list"));
        var names = all.RootElement.GetProperty("result").EnumerateArray().Select(e => e.GetString()).ToList();

        using var page = JsonDocument.Parse(await (await Anonymous.PostAsync("/api/action/package_list", new StringContent("""{"limit":3,"offset":2}""", Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync());
        var refused = await Anonymous.GetAsync("/api/action/package_list?limit=-1");

        Assert.Equal(names.Skip(2).Take(3), page.RootElement.GetProperty("result").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }
}
