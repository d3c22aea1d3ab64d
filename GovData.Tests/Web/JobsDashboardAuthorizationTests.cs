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
    }

    [Fact]
    public async Task Jobs_ServesTheDashboardToSystemAdmin()
    {
        var response = await factory.CreateClientAs("admin@govdata.local").GetAsync("/jobs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("GovData", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
