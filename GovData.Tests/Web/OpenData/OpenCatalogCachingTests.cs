using System.Net;
using GovData.Tests.Support;

namespace GovData.Tests.Web.OpenData;

/// <summary>
/// The CKAN action API's short output cache (decision 0036): an anonymous answer is served again from memory, one copy
/// per query and UI language; a signed-in caller and a refused query are never answered from it.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class OpenCatalogCachingTests(GovDataWebApplicationFactory factory)
{
    [Fact]
    public async Task AnonymousSearch_IsServedAgainFromMemory_PerQueryAndLanguage_SignedInAndRefusedNever()
    {
        using var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var address = $"/api/3/action/package_search?q=公交&rows=3&start=0&nonce={Guid.NewGuid():N}";

        using var first = await anonymous.GetAsync(address);
        using var second = await anonymous.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        // Another query and another UI language are other copies.
        using var otherQuery = await anonymous.GetAsync(address.Replace("rows=3", "rows=2", StringComparison.Ordinal));
        Assert.Null(otherQuery.Headers.Age);
        using var english = new HttpRequestMessage(HttpMethod.Get, address);
        english.Headers.AcceptLanguage.ParseAdd("en");
        using var inEnglish = await anonymous.SendAsync(english);
        Assert.Null(inEnglish.Headers.Age);

        // A signed-in caller always gets a fresh answer.
        using var staff = factory.CreateClientAs("approver.ga@govdata.local");
        using var signedIn = await staff.GetAsync(address);
        using var signedInAgain = await staff.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, signedInAgain.StatusCode);
        Assert.Null(signedIn.Headers.Age);
        Assert.Null(signedInAgain.Headers.Age);

        // A refused query (rows not a natural number) is answered afresh each time.
        var refused = $"/api/3/action/package_search?rows=-1&nonce={Guid.NewGuid():N}";
        using var refusedFirst = await anonymous.GetAsync(refused);
        using var refusedAgain = await anonymous.GetAsync(refused);
        Assert.Equal(HttpStatusCode.Conflict, refusedAgain.StatusCode);
        Assert.Null(refusedFirst.Headers.Age);
        Assert.Null(refusedAgain.Headers.Age);
    }
}
