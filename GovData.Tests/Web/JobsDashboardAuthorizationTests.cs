using System.Net;
using GovData.Tests.Support;

namespace GovData.Tests.Web;

public sealed class JobsDashboardAuthorizationTests(GovDataWebApplicationFactory factory) : IClassFixture<GovDataWebApplicationFactory>
{
    [Fact]
    public async Task Jobs_RefusesAnonymous()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/jobs");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
