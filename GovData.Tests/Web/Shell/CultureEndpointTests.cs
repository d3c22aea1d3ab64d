using System.Net;
using GovData.Tests.Support;
using Microsoft.AspNetCore.Localization;

namespace GovData.Tests.Web.Shell;

[Collection(ShellWebCollection.Name)]
public sealed class CultureEndpointTests(GovDataWebApplicationFactory factory)
{
    private HttpClient Client() => factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task SetCulture_SetsTheCultureCookieAndGoesBack()
    {
        var response = await Client().GetAsync("/culture/set?culture=en&redirectUri=%2Fnotifications%3Fpage%3D2");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/notifications?page=2", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{CookieRequestCultureProvider.DefaultCookieName}=c%3Den%7Cuic%3Den", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SetCulture_WithoutRedirect_GoesToTheDashboard()
    {
        var response = await Client().GetAsync("/culture/set?culture=zh-CN");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains("c%3Dzh-CN%7Cuic%3Dzh-CN", Assert.Single(response.Headers.GetValues("Set-Cookie")));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    [InlineData("zh-TW")]
    public async Task SetCulture_RejectsAnUnsupportedCulture(string culture)
    {
        var response = await Client().GetAsync($"/culture/set?culture={culture}&redirectUri=/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task SetCulture_RejectsARedirectOutsideTheSite(string redirectUri)
    {
        var response = await Client().GetAsync($"/culture/set?culture=en&redirectUri={Uri.EscapeDataString(redirectUri)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        // The problem text is in the language just asked for.
        Assert.Contains("must be a path on this site", await response.Content.ReadAsStringAsync());
    }
}
