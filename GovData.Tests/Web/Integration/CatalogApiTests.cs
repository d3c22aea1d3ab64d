using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Web.Components;
using GovData.Web.Endpoints;
using GovData.Workflows.Integration;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Integration;

/// <summary>The catalog API over the real app: the ApiKey scheme, its refusals, and the department's scope.</summary>
public sealed class CatalogApiTests(GovDataWebApplicationFactory factory) : IClassFixture<GovDataWebApplicationFactory>
{
    private const string Resources = CatalogApiEndpoints.ResourcesRoute;

    [Fact]
    public async Task Resources_WithoutAKey_Is401ProblemInChinese()
    {
        var response = await factory.CreateClient().GetAsync(Resources);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        var problem = await ProblemAsync(response);
        Assert.Equal("Missing", problem.GetProperty("reason").GetString());
        Assert.Contains("接口密钥", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resources_WithAWrongKey_Is401InTheRequestsLanguage()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Resources);
        request.Headers.Add("X-Api-Key", "gdk_0123456789ab_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("Invalid", problem.GetProperty("reason").GetString());
        Assert.Equal("The API key is not valid. Check that it was copied completely.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Resources_WithARevokedKey_Is401()
    {
        var key = await CreateKeyAsync("catalog.ga@govdata.local");
        var client = ClientWith(key.PlaintextKey);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Resources)).StatusCode);

        var revoked = await Get<RevokeApiKey>().ExecuteAsync(await UserAsync("catalog.ga@govdata.local"), key.Id);
        Assert.True(revoked.Succeeded);
        var response = await client.GetAsync(Resources);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Revoked", (await ProblemAsync(response)).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Resources_WithAnExpiredKey_Is401()
    {
        var key = await CreateKeyAsync("catalog.ga@govdata.local");
        await using (var db = await Get<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync())
        {
            await db.DepartmentApiKeys.Where(k => k.Id == key.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.ExpiresAtUtc, DateTime.UnixEpoch));
        }

        var response = await ClientWith(key.PlaintextKey).GetAsync(Resources);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Expired", (await ProblemAsync(response)).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Resources_RefusesASignedInUser_TheApiTakesKeysOnly()
    {
        var response = await factory.CreateClientAs("catalog.ga@govdata.local").GetAsync(Resources);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Resources_DepartmentScope_ListsOnlyTheKeysDepartment_DraftsIncluded_NoOtherDepartmentsPublished()
    {
        var (a, aDraft, b, bDraft, bPublished) = await TwoDepartmentsWithDraftsAsync();
        var key = await CreateKeyAsync($"catalog.{a.ToLowerInvariant()}@govdata.local");
        var client = ClientWith(key.PlaintextKey, authorizationHeader: true);

        var page = await client.GetFromJsonAsync<CatalogApiResourcePage>($"{Resources}?scope=department&pageSize=100");

        Assert.NotNull(page);
        Assert.Equal("department", page.Scope);
        var codes = page.Items.Select(i => i.Code).ToList();
        Assert.Contains(aDraft, codes);
        Assert.DoesNotContain(bDraft, codes);
        // The bug this guards against: the department scope used to list other departments' published entries too.
        Assert.DoesNotContain(bPublished, codes);
        Assert.DoesNotContain(page.Items, i => i.Code.Contains(b, StringComparison.Ordinal));
        Assert.All(page.Items, i => Assert.Contains($"/{a}-", i.Code, StringComparison.Ordinal));
        Assert.Equal(page.TotalCount, page.Items.Count);
        Assert.NotNull(page.Items.Single(i => i.Code == aDraft).ShareType);
    }

    [Fact]
    public async Task Resources_SharingAndOpenScopes_ArePublishedOnly_AndOpenHidesTheShareType()
    {
        var (a, aDraft, _, _, _) = await TwoDepartmentsWithDraftsAsync();
        var client = ClientWith((await CreateKeyAsync($"catalog.{a.ToLowerInvariant()}@govdata.local")).PlaintextKey);

        var sharing = await client.GetFromJsonAsync<CatalogApiResourcePage>($"{Resources}?scope=sharing&pageSize=100");
        var open = await client.GetFromJsonAsync<CatalogApiResourcePage>($"{Resources}?scope=open&page=1&pageSize=5");

        Assert.DoesNotContain(sharing!.Items, i => i.Code == aDraft);
        Assert.All(sharing.Items, i => Assert.Equal(nameof(CatalogStatus.Published), i.Status));
        Assert.All(sharing.Items, i => Assert.NotNull(i.ShareType));
        Assert.Equal(5, open!.Items.Count);
        Assert.True(open.TotalCount > 5);
        Assert.All(open.Items, i => Assert.Null(i.ShareType));
    }

    [Theory]
    [InlineData("scope=everything")]
    [InlineData("page=0")]
    [InlineData("pageSize=1000")]
    [InlineData("page=abc")]
    [InlineData("page=2147483647&pageSize=100")]
    [InlineData("page=21474838&pageSize=100")]
    [InlineData("page=99999999999")]
    public async Task Resources_WithBadParameters_Is400Problem(string query)
    {
        var client = ClientWith((await CreateKeyAsync("catalog.ga@govdata.local")).PlaintextKey);

        var response = await client.GetAsync($"{Resources}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Resources_RecordsTheKeysLastUse()
    {
        var key = await CreateKeyAsync("catalog.jt@govdata.local");
        await ClientWith(key.PlaintextKey).GetAsync(Resources);

        var row = (await Get<ListApiKeys>().ExecuteAsync(await UserAsync("catalog.jt@govdata.local"))).Single(r => r.Id == key.Id);
        Assert.NotNull(row.LastUsedAtUtc);
    }

    [Theory]
    [InlineData(AppRoutes.CatalogResources)]
    [InlineData(AppRoutes.CatalogApiKeys)]
    [InlineData(AppRoutes.Dashboard)]
    public async Task RazorPages_DoNotAcceptAnApiKey(string route)
    {
        var key = await CreateKeyAsync("catalog.ga@govdata.local");
        var request = new HttpRequestMessage(HttpMethod.Get, route);
        request.Headers.Add("X-Api-Key", key.PlaintextKey);
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + key.PlaintextKey);

        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(AppRoutes.Login, response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("requester.ga@govdata.local")]
    [InlineData("lead.ga@govdata.local")]
    [InlineData("applicant@govdata.local")]
    public async Task ApiKeysPage_RefusesTheWrongUser(string email)
    {
        var response = await factory.CreateClientAs(email).GetAsync(AppRoutes.CatalogApiKeys);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("catalog.ga@govdata.local")]
    [InlineData("admin@govdata.local")]
    public async Task ApiKeysPage_ServesTheCatalogManagerAndTheSystemAdmin(string email)
    {
        var response = await factory.CreateClientAs(email).GetAsync(AppRoutes.CatalogApiKeys);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("接口密钥", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKeysPage_NeverRendersAnExistingKey()
    {
        var key = await CreateKeyAsync("catalog.ga@govdata.local");

        var html = await factory.CreateClientAs("catalog.ga@govdata.local").GetStringAsync(AppRoutes.CatalogApiKeys);

        Assert.Contains(key.Prefix, html, StringComparison.Ordinal);
        Assert.DoesNotContain(key.PlaintextKey[20..], html, StringComparison.Ordinal);
    }

    private T Get<T>()
        where T : notnull => factory.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private HttpClient ClientWith(string key, bool authorizationHeader = false)
    {
        var client = factory.CreateClient();
        if (authorizationHeader)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "ApiKey " + key);
        }
        else
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    private async Task<CreatedApiKey> CreateKeyAsync(string email)
    {
        var result = await Get<CreateApiKey>().ExecuteAsync(await UserAsync(email), new CreateApiKeyCommand("对接系统"));
        Assert.True(result.Succeeded, result.Outcome.ErrorKey);
        return result.Key!;
    }

    private async Task<UserContext> UserAsync(string email)
    {
        await using var db = await Get<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync();
        return new UserContext(user.Id, user.DisplayName, user.DepartmentId, false, roles.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Two departments of the demo seed that both have a draft; B also has a published entry.</summary>
    private async Task<(string A, string ADraft, string B, string BDraft, string BPublished)> TwoDepartmentsWithDraftsAsync()
    {
        await using var db = await Get<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync();
        var resources = await db.DataResources.AsNoTracking()
            .Join(db.Departments, r => r.ProviderDepartmentId, d => d.Id, (r, d) => new { r.Code, r.Status, Department = d.Code })
            .ToListAsync();
        var withDrafts = resources.Where(r => r.Status == CatalogStatus.Draft).GroupBy(r => r.Department)
            .Where(g => resources.Any(r => r.Department == g.Key && r.Status == CatalogStatus.Published))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Take(2)
            .ToList();
        Assert.True(withDrafts.Count == 2, "the demo seed needs drafts in two departments");
        var (a, b) = (withDrafts[0].Key, withDrafts[1].Key);
        return (a, withDrafts[0].First().Code.Value, b, withDrafts[1].First().Code.Value,
            resources.First(r => r.Department == b && r.Status == CatalogStatus.Published).Code.Value);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
