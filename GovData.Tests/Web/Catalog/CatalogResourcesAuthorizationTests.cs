using System.Net;
using GovData.Tests.Support;
using GovData.Web.Components;

namespace GovData.Tests.Web.Catalog;

/// <summary>The catalog page is for staff: the wrong user is refused by the server, not only hidden in the menu.</summary>
[Collection(WebAppCollection.Name)]
public sealed class CatalogResourcesAuthorizationTests(GovDataWebApplicationFactory factory)
{
    [Fact]
    public async Task CatalogResources_SendsAnonymousToLogin()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(AppRoutes.CatalogResources);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CatalogResources_RefusesTheApplicant()
    {
        var response = await factory.CreateClientAs("applicant@govdata.local").GetAsync(AppRoutes.CatalogResources);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("catalog.ga@govdata.local")]
    [InlineData("requester.rs@govdata.local")]
    [InlineData("bureau@govdata.local")]
    public async Task CatalogResources_ServesStaff(string email)
    {
        var response = await factory.CreateClientAs(email).GetAsync(AppRoutes.CatalogResources);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("数据资源目录", html, StringComparison.Ordinal);
    }
}
