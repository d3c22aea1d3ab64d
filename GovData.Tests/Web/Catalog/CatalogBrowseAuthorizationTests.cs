using System.Net;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Catalog;

/// <summary>The browse pages over the real app: staff only, and an entry the reader may not see reads like a missing one.</summary>
[Collection(WebAppCollection.Name)]
public sealed class CatalogBrowseAuthorizationTests(GovDataWebApplicationFactory factory)
{
    private const string NotFoundText = "目录不存在或无权查看";

    [Theory]
    [InlineData("/catalog/resources/1")]
    [InlineData("/catalog/resources/1/versions/1")]
    public async Task BrowsePages_SendAnonymousToLogin(string path)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenCatalog_SendsTheAnonymousPublicToThePortal()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/catalog/open");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/portal", response.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenCatalog_SendsASignedInApplicantToThePortal_AndKeepsStaffOnTheRichBrowser()
    {
        var applicant = factory.CreateClientAs("applicant@govdata.local");
        var response = await applicant.GetAsync("/catalog/open");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/portal", response.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));

        var staff = await factory.CreateClientAs("catalog.scjg@govdata.local").GetAsync("/catalog/open");
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Contains("data-testid=\"catalog-browser\"", await staff.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/catalog/resources/1")]
    [InlineData("/catalog/resources/1/versions/1")]
    public async Task BrowsePages_RefuseThePublic(string path)
    {
        var response = await factory.CreateClientAs("applicant@govdata.local").GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Detail_OfAnotherDepartmentsDraft_ReadsExactlyLikeAMissingId()
    {
        var draft = await IdOfAsync("3.02.001/SCJG-0004");
        var client = factory.CreateClientAs("requester.rs@govdata.local");

        var hidden = await MainAsync(client, $"/catalog/resources/{draft}");
        var missing = await MainAsync(client, $"/catalog/resources/{int.MaxValue}");

        Assert.Contains(NotFoundText, hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("行政处罚案件信息", hidden, StringComparison.Ordinal);
        Assert.Equal(missing, hidden);
    }

    [Fact]
    public async Task Detail_OfTheOwnDepartmentsDraft_IsShown()
    {
        var draft = await IdOfAsync("3.02.001/SCJG-0004");
        var html = await MainAsync(factory.CreateClientAs("catalog.scjg@govdata.local"), $"/catalog/resources/{draft}");

        Assert.Contains("行政处罚案件信息", html, StringComparison.Ordinal);
        Assert.DoesNotContain(NotFoundText, html, StringComparison.Ordinal);
    }

    private async Task<int> IdOfAsync(string code)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync();
        return await db.DataResources.Where(r => r.Code == ResourceCode.Parse(code)).Select(r => r.Id).SingleAsync();
    }

    /// <summary>The page's content (the shell around it names the user, which is not what is compared): the not-found block, or all.</summary>
    private static async Task<string> MainAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var start = html.IndexOf("data-testid=\"catalog-not-found\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return html;
        }

        var end = html.IndexOf("返回目录", start, StringComparison.Ordinal);
        Assert.True(end > start, "the not-found block has no way back");
        return html[start..end];
    }
}
