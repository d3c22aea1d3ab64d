using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Tests.Catalog.Excel;
using GovData.Tests.Support;
using Samples = GovData.Tests.Catalog.Excel.CatalogWorkbookSamples;
using GovData.Web.Components;
using GovData.Web.Endpoints;
using GovData.Workflows.Integration;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Integration;

/// <summary><c>POST /api/catalog/import</c>, the template download and the /catalog/import page over the real app.</summary>
public sealed class CatalogImportApiTests(GovDataWebApplicationFactory factory) : IClassFixture<GovDataWebApplicationFactory>
{
    private const string Manager = "catalog.ga@govdata.local";

    [Fact]
    public async Task Import_DryRunAsMultipart_ThenCommitAsRawBody_WritesTheDraftAndRecordsTheKey()
    {
        var key = await CreateKeyAsync();
        var workbook = ImportWorkbooks.Of(TestCatalog.Content("3.09.001/GA-9601", "接口导入的资源"));

        using var form = new MultipartFormDataContent { { new ByteArrayContent(workbook), "file", "api.xlsx" } };
        var preview = await ClientWith(key.PlaintextKey).PostAsync(CatalogImportEndpoints.ApiRoute + "?dryRun=true", form);

        Assert.True(preview.StatusCode == HttpStatusCode.OK, preview.StatusCode + await preview.Content.ReadAsStringAsync());
        var previewJson = await JsonAsync(preview);
        Assert.Equal(("DryRun", 1, 0), (previewJson.GetProperty("outcome").GetString(), previewJson.GetProperty("created").GetInt32(), previewJson.GetProperty("errorCount").GetInt32()));
        Assert.False(await ExistsAsync("3.09.001/GA-9601"));

        var body = new ByteArrayContent(workbook);
        body.Headers.ContentType = new MediaTypeHeaderValue(CatalogExportEndpoints.ContentType);
        var commit = await ClientWith(key.PlaintextKey).PostAsync(CatalogImportEndpoints.ApiRoute + "?dryRun=false&fileName=raw.xlsx", body);

        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        var commitJson = await JsonAsync(commit);
        Assert.Equal("Committed", commitJson.GetProperty("outcome").GetString());
        Assert.True(await ExistsAsync("3.09.001/GA-9601"));
        await using var db = await DbAsync();
        var record = await db.ImportRecords.SingleAsync(r => r.Id == commitJson.GetProperty("recordId").GetInt32());
        Assert.Equal((key.Id, (string?)null, "raw.xlsx", ImportOutcome.Committed), (record.ApiKeyId!.Value, record.UserId, record.FileName, record.Outcome));
    }

    [Fact]
    public async Task Import_AnotherDepartmentsCode_Is422ProblemWithTheErrorRowsInEnglish_AndWritesNothing()
    {
        var key = await CreateKeyAsync();
        var wj = TestCatalog.Content("2.01.001/WJ-0001", "卫健的资源") with { ProviderCode = "GA" };
        var body = new ByteArrayContent(ImportWorkbooks.Of(wj, TestCatalog.Content("3.09.001/GA-9701")));
        var request = new HttpRequestMessage(HttpMethod.Post, CatalogImportEndpoints.ApiRoute + "?dryRun=false") { Content = body };
        request.Headers.AcceptLanguage.ParseAdd("en-US");

        var response = await ClientWith(key.PlaintextKey).SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(response);
        Assert.Equal("Refused", problem.GetProperty("outcome").GetString());
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        var other = Assert.Single(errors, e => e.GetProperty("key").GetString() == "Import.CodeOfOtherDepartment");
        Assert.Equal(("目录", 2, "A"), (other.GetProperty("sheet").GetString(), other.GetProperty("row").GetInt32(), other.GetProperty("column").GetString()));
        Assert.Contains("belongs to", other.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(await ExistsAsync("3.09.001/GA-9701"));
    }

    [Fact]
    public async Task Import_WithARevokedKey_Is401Problem()
    {
        var key = await CreateKeyAsync();
        var revoked = await factory.Services.CreateScope().ServiceProvider.GetRequiredService<RevokeApiKey>().ExecuteAsync(await ManagerAsync(), key.Id);
        Assert.True(revoked.Succeeded);

        var response = await ClientWith(key.PlaintextKey).PostAsync(CatalogImportEndpoints.ApiRoute, new ByteArrayContent(ImportWorkbooks.Of(TestCatalog.Content("3.09.001/GA-9801"))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Revoked", (await JsonAsync(response)).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Import_WithoutAFile_Is400()
    {
        var key = await CreateKeyAsync();

        var response = await ClientWith(key.PlaintextKey).PostAsync(CatalogImportEndpoints.ApiRoute, new ByteArrayContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("image/png")]
    public async Task Import_ABodyOfAnotherType_Is415_AndCommitsNothing(string contentType)
    {
        var key = await CreateKeyAsync();
        var body = new ByteArrayContent(ImportWorkbooks.Of(TestCatalog.Content("3.09.001/GA-9611")));
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);

        var response = await ClientWith(key.PlaintextKey).PostAsync(CatalogImportEndpoints.ApiRoute + "?dryRun=false", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(await ExistsAsync("3.09.001/GA-9611"));
    }

    [Theory]
    [InlineData("image/png", "x.png")]
    [InlineData("image/png", "x.xlsx")]
    [InlineData(CatalogExportEndpoints.ContentType, "x.png")]
    public async Task Import_AMultipartPartThatIsNoWorkbook_Is415_AndCommitsNothing(string partType, string partName)
    {
        var key = await CreateKeyAsync();
        var part = new ByteArrayContent(ImportWorkbooks.Of(TestCatalog.Content("3.09.001/GA-9612")));
        part.Headers.ContentType = new MediaTypeHeaderValue(partType);
        using var form = new MultipartFormDataContent { { part, "file", partName } };

        var response = await ClientWith(key.PlaintextKey).PostAsync(CatalogImportEndpoints.ApiRoute + "?dryRun=false", form);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.False(await ExistsAsync("3.09.001/GA-9612"));
    }

    [Fact]
    public async Task Import_ABodyOverTheLimit_Is413ProblemInTheCallersLanguage()
    {
        var key = await CreateKeyAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, CatalogImportEndpoints.ApiRoute) { Content = new ByteArrayContent(new byte[25 * 1024 * 1024]) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await ClientWith(key.PlaintextKey).SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("too large", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AHugeResourceCode_Is422_WithAShortMessage()
    {
        var key = await CreateKeyAsync();
        var resources = new[] { Samples.ResourceHeaders, Samples.ResourceCells().With(0, "3.09.001/GA-" + new string('9', 5_000_000)) };
        var body = new ByteArrayContent((HandMadeWorkbook.Valid() with { InlineStrings = true, Resources = resources }).Build());
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var response = await ClientWith(key.PlaintextKey).PostAsync(CatalogImportEndpoints.ApiRoute + "?dryRun=true", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength is null or < 64 * 1024, $"{response.Content.Headers.ContentLength} bytes");
        Assert.True((await response.Content.ReadAsStringAsync()).Length < 64 * 1024);
    }

    [Theory]
    [InlineData("xl/workbook.xml")]
    [InlineData("xl/worksheets/sheet1.xml")]
    public async Task Import_APackageMissingAPart_Is422Problem_NotA500(string leftOut)
    {
        var key = await CreateKeyAsync();
        var bytes = (HandMadeWorkbook.Valid() with { Overrides = new() { [leftOut] = null } }).Build();
        var request = new HttpRequestMessage(HttpMethod.Post, CatalogImportEndpoints.ApiRoute) { Content = new ByteArrayContent(bytes) };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await ClientWith(key.PlaintextKey).SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ImportPage_RefusesWhoIsNotACatalogManager_AndServesTheManager()
    {
        var refused = await factory.CreateClientAs("requester.ga@govdata.local").GetAsync(AppRoutes.CatalogImport);
        var served = await factory.CreateClientAs(Manager).GetAsync(AppRoutes.CatalogImport);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Contains("Excel 导入目录", WebUtility.HtmlDecode(await served.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_IsAnXlsxForTheManager_RefusedToOthers()
    {
        var template = await factory.CreateClientAs(Manager).GetAsync(CatalogImportEndpoints.TemplateRoute);
        var refused = await factory.CreateClientAs("requester.ga@govdata.local").GetAsync(CatalogImportEndpoints.TemplateRoute);

        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal(CatalogExportEndpoints.ContentType, template.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private HttpClient ClientWith(string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private async Task<CreatedApiKey> CreateKeyAsync()
    {
        var create = factory.Services.CreateScope().ServiceProvider.GetRequiredService<CreateApiKey>();
        var result = await create.ExecuteAsync(await ManagerAsync(), new CreateApiKeyCommand("导入系统"));
        Assert.True(result.Succeeded, result.Outcome.ErrorKey);
        return result.Key!;
    }

    /// <summary>GA's CatalogManager as the use cases see them (only the role and department matter here).</summary>
    private async Task<UserContext> ManagerAsync()
    {
        await using var db = await DbAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == Manager);
        return new UserContext(user.Id, user.DisplayName, user.DepartmentId, false, new HashSet<string>(StringComparer.Ordinal) { Roles.CatalogManager });
    }

    private async Task<bool> ExistsAsync(string code)
    {
        await using var db = await DbAsync();
        return await db.DataResources.AnyAsync(r => r.Code == ResourceCode.Parse(code));
    }

    private Task<GovDataDbContext> DbAsync() =>
        factory.Services.GetRequiredService<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync();

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
