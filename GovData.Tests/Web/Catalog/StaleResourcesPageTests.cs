using System.Net;
using GovData.Tests.Support;
using GovData.Web.Components;

namespace GovData.Tests.Web.Catalog;

/// <summary>The stale list is for CatalogManagers and the bureau: other staff and the public are refused by the server.</summary>
[Collection(WebAppCollection.Name)]
public sealed class StaleResourcesPageTests(GovDataWebApplicationFactory factory)
{
    [Theory]
    [InlineData("applicant@govdata.local")]
    [InlineData("requester.rs@govdata.local")]
    [InlineData("approver.ga@govdata.local")]
    public async Task StalePage_RefusesTheWrongUser(string email)
    {
        var response = await factory.CreateClientAs(email).GetAsync(AppRoutes.CatalogStale);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("catalog.ga@govdata.local")]
    [InlineData("bureau@govdata.local")]
    public async Task StalePage_ServesCatalogManagersAndTheBureau(string email)
    {
        var response = await factory.CreateClientAs(email).GetAsync(AppRoutes.CatalogStale);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("待更新目录", html, StringComparison.Ordinal);
        Assert.Contains("每页条数", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Rows per page", html, StringComparison.Ordinal);
    }
}
