using System.Net;
using GovData.Tests.Support;
using GovData.Web.Components;

namespace GovData.Tests.Web.Catalog;

/// <summary>The editor and the drafts page are the CatalogManager's: other staff are refused by the server.</summary>
[Collection(WebAppCollection.Name)]
public sealed class CatalogEditorAuthorizationTests(GovDataWebApplicationFactory factory)
{
    [Theory]
    [InlineData(AppRoutes.CatalogNew, "approver.ga@govdata.local")]
    [InlineData(AppRoutes.CatalogNew, "bureau@govdata.local")]
    [InlineData("/catalog/resources/1/edit", "requester.rs@govdata.local")]
    [InlineData(AppRoutes.CatalogDrafts, "lead.ga@govdata.local")]
    [InlineData(AppRoutes.CatalogDrafts, "applicant@govdata.local")]
    public async Task EditorAndDrafts_RefuseANonCatalogManager(string path, string email)
    {
        var response = await factory.CreateClientAs(email).GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(AppRoutes.CatalogNew, "新建目录条目")]
    [InlineData(AppRoutes.CatalogDrafts, "目录草稿")]
    public async Task EditorAndDrafts_ServeTheCatalogManager(string path, string title)
    {
        var response = await factory.CreateClientAs("catalog.ga@govdata.local").GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(title, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_SendsAnonymousToLogin()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(AppRoutes.CatalogDrafts);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}
