using System.Net;
using GovData.Tests.Support;

namespace GovData.Tests.Web;

/// <summary>The Hangfire dashboard at /jobs is for SystemAdmin only (issue #2, "Background jobs").</summary>
[Collection(WebAppCollection.Name)]
public sealed class JobsDashboardAuthorizationTests(GovDataWebApplicationFactory factory)
{
    [Fact]
    public async Task Jobs_RefusesAnonymous()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("bureau@govdata.local")]
    [InlineData("approver.ga@govdata.local")]
    [InlineData("lead.ga@govdata.local")]
    [InlineData("applicant@govdata.local")]
    public async Task Jobs_RefusesSignedInNonAdmins(string email)
    {
        var response = await factory.CreateClientAs(email).GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        // Issue #14: the page says so (not 页面不存在) and leads back to the 工作台.
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("无权访问", html, StringComparison.Ordinal);
        Assert.DoesNotContain("页面不存在", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"status-back\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_ForAnAnonymousVisitor_OffersThePublicServicesAndSignIn_NotTheWorkbench()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("页面不存在", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"status-public\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("返回工作台", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jobs_ServesTheDashboardToSystemAdmin()
    {
        var response = await factory.CreateClientAs("admin@govdata.local").GetAsync("/jobs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("GovData", html, StringComparison.Ordinal);
        // Issue #14: the footer does not give away where the server keeps its database.
        Assert.DoesNotContain(".db", html, StringComparison.OrdinalIgnoreCase);
    }
}
