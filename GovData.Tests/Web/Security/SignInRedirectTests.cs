using System.Net;
using System.Text.RegularExpressions;
using GovData.Tests.Support;
using GovData.Tests.Web.Shell;
using GovData.Web.Components.Account;

namespace GovData.Tests.Web.Security;

/// <summary>Odd return addresses on sign-in, registration and sign-out: never a 500, never off-site, the sign-in kept.</summary>
[Collection(ShellWebCollection.Name)]
public sealed partial class SignInRedirectTests(GovDataWebApplicationFactory factory)
{
    private const string Password = "GovData#2026";

    public static TheoryData<string> OddValues =>
    [
        "https://evil.example/steal",
        "//evil.example/",
        "/\\evil.example",
        "\\\\evil.example",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "http://localhost:1/elsewhere",
        "mailto:a@b.c",
        "\u0001/x",
        " ",
        new string('a', 5000),
    ];

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("catalog/resources?x=1", "catalog/resources?x=1")]
    [InlineData("/catalog/resources", "catalog/resources")]
    [InlineData("http://localhost/inbox", "inbox")]
    [InlineData("inbox?t=a:b", "inbox?t=a:b")]
    [InlineData("//evil.example", "")]
    [InlineData("/\\evil.example", "")]
    [InlineData("https://evil.example/", "")]
    [InlineData("javascript:alert(1)", "")]
    [InlineData("http://localhost.evil.example/", "")]
    [InlineData("/%2F%2Fevil.example", "%2F%2Fevil.example")]
    public void LocalReturnUrl_KeepsOnlyThisAppsPages(string? value, string expected) =>
        Assert.Equal(expected, LocalReturnUrl.ToBaseRelative(value, "http://localhost/"));

    [Theory]
    [MemberData(nameof(OddValues))]
    public async Task SignIn_WithAnOddReturnUrl_LandsHomeSignedIn(string returnUrl)
    {
        var client = Client();

        var response = await SignInForm.PostAsync(client, "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl), "login", new Dictionary<string, string>
        {
            ["Input.Email"] = "lead.zrzy@govdata.local",
            ["Input.Password"] = Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertHome(response);
        Assert.Contains("data-testid=\"dashboard\"", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OddValues))]
    public async Task Register_WithAnOddReturnUrl_LandsOnTheSignInPage(string returnUrl)
    {
        var response = await SignInForm.PostAsync(Client(), "/Account/Register?ReturnUrl=" + Uri.EscapeDataString(returnUrl), "register", new Dictionary<string, string>
        {
            ["Input.Email"] = $"odd.{Guid.NewGuid():N}@example.cn",
            ["Input.DisplayName"] = "周市民",
            ["Input.Password"] = "Citizen2026",
            ["Input.ConfirmPassword"] = "Citizen2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.True(!location.IsAbsoluteUri || location.Host == "localhost", location.ToString());
        Assert.StartsWith("/Account/Login", location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", location.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OddValues))]
    public async Task SignOut_WithAnOddReturnUrl_LandsHomeSignedOut(string returnUrl)
    {
        var client = Client();
        await SignInForm.SignInAsync(client, "lead.jt@govdata.local", Password);
        var token = await TokenAsync(client);

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["returnUrl"] = returnUrl,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertHome(response);
        var manage = await client.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, manage.StatusCode);
        Assert.Contains("/Account/Login", manage.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_WithoutAnAntiforgeryToken_Is400Problem_AndKeepsTheSession()
    {
        var client = Client();
        await SignInForm.SignInAsync(client, "lead.jt@govdata.local", Password);

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }));
        var json = await client.PostAsync("/Account/Logout", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("退出请求无效", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Manage")).StatusCode);
    }

    internal static async Task<string> TokenAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/Account/Manage");
        var match = AntiforgeryField().Match(page);
        Assert.True(match.Success, "The page has no antiforgery field.");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    private static void AssertHome(HttpResponseMessage response)
    {
        var location = response.Headers.Location!;
        var path = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        Assert.True(!location.IsAbsoluteUri || location.Host == "localhost", location.ToString());
        Assert.Equal("/", path);
    }

    private HttpClient Client() => factory.CreateClient(new() { AllowAutoRedirect = false });

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
