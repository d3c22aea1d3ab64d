using System.Net;
using GovData.Tests.Support;
using GovData.Tests.Web.Shell;
using GovData.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovData.Tests.Web.Security;

/// <summary>The headers of every answer, and problem+json for whatever under /api has no endpoint.</summary>
[Collection(ShellWebCollection.Name)]
public sealed class WebSurfaceHeadersTests(GovDataWebApplicationFactory factory)
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/app.css")]
    [InlineData("/no/such/page")]
    [InlineData("/api/catalog/resources")]
    [InlineData("/api/no/such/route")]
    public async Task EveryAnswer_CarriesNosniffReferrerPolicyAndAScriptRestrictingCsp(string path)
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self' 'nonce-", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline' ", csp.Split("script-src")[1].Split(';')[0] + " ", StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task EveryScriptElement_IsAFileOrCarriesTheNonceOfTheAnswersPolicy()
    {
        var response = await factory.CreateClient().GetAsync("/Account/Login");
        var html = await response.Content.ReadAsStringAsync();
        var nonce = Header(response, "Content-Security-Policy").Split("'nonce-")[1].Split('\'')[0];

        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, tag => Assert.True(tag.Contains(" src=", StringComparison.Ordinal) || tag.Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal), tag));
    }

    [Theory]
    [InlineData("GET", "/api/no/such/route", HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/nothing/here", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/api/catalog/resources", HttpStatusCode.MethodNotAllowed)]
    [InlineData("PUT", "/api/catalog/import", HttpStatusCode.MethodNotAllowed)]
    public async Task Api_UnknownRoutesAndWrongMethods_AreProblemJson(string method, string path, HttpStatusCode expected)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected == HttpStatusCode.NotFound ? "does not exist" : "does not accept", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequireHttps_AddsHsts_AndMakesEveryCookieSecure()
    {
        await using var secure = factory.WithWebHostBuilder(b => b.UseSetting(SecurityHeaders.RequireHttpsKey, "true"));
        var client = secure.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://govdata.example"), AllowAutoRedirect = false });

        var page = await client.GetAsync("/Account/Login");
        var signIn = await SignInForm.SignInAsync(client, "lead.wj@govdata.local", "GovData#2026");

        Assert.StartsWith("max-age=31536000", Header(page, "Strict-Transport-Security"), StringComparison.Ordinal);
        var cookies = signIn.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("GovData.Auth=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
        : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage?.RequestUri}");
}
