using System.Net;
using GovData.Tests.Support;
using GovData.Tests.Web.Shell;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Security;

/// <summary>A sign-in cookie copied before a sign-out or a password change stops opening pages at once.</summary>
[Collection(ShellWebCollection.Name)]
public sealed class StaleCookieTests(GovDataWebApplicationFactory factory)
{
    private const string Password = "GovData#2026";

    [Fact]
    public async Task CopiedCookie_StopsWorking_WhenTheUserSignsOut()
    {
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        var cookie = await SignInAsync(browser, "security.zrzy@govdata.local");
        var copy = CopyOf(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/Account/Manage")).StatusCode);

        var token = await SignInRedirectTests.TokenAsync(browser);
        var signOut = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var after = await copy.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CopiedCookie_StopsWorking_WhenThePasswordChanges()
    {
        const string user = "security.scjg@govdata.local";
        var cookie = await SignInAsync(factory.CreateClient(new() { AllowAutoRedirect = false }), user);
        var copy = CopyOf(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/Account/Manage")).StatusCode);

        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var account = await users.FindByNameAsync(user);
            var changed = await users.ChangePasswordAsync(account!, Password, "Changed#2026x");
            Assert.True(changed.Succeeded);
            Assert.True((await users.ChangePasswordAsync(account!, "Changed#2026x", Password)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync("/Account/Manage")).StatusCode);
    }

    private static async Task<string> SignInAsync(HttpClient client, string user)
    {
        var response = await SignInForm.SignInAsync(client, user, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("GovData.Auth=", StringComparison.Ordinal));
        return setCookie[..setCookie.IndexOf(';', StringComparison.Ordinal)];
    }

    /// <summary>Another machine holding the copied cookie (no cookie jar: it sends exactly that cookie).</summary>
    private HttpClient CopyOf(string cookie)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
