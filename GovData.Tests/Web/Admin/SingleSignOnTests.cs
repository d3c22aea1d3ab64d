using System.Net;
using GovData.Domain.Audit;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Tests.Web.Shell;
using GovData.Workflows.Administration;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Admin;

/// <summary>
/// The app with single sign-on on and staff passwords off, against a real OpenID Connect provider started in this
/// process (OpenIddict on a loopback port), with the real cookies and the authorization code flow with PKCE.
/// </summary>
public sealed class SingleSignOnFixture : IAsyncLifetime
{
    private readonly GovDataWebApplicationFactory _base = new();

    public TestOidcProvider Provider { get; private set; } = default!;

    public WebApplicationFactory<Program> App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Provider = await TestOidcProvider.StartAsync();
        App = _base.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Authentication:Oidc:Authority", Provider.Authority);
            builder.UseSetting("Authentication:Oidc:ClientId", TestOidcProvider.ClientId);
            builder.UseSetting("Authentication:Oidc:ClientSecret", TestOidcProvider.ClientSecret);
            builder.UseSetting("Authentication:Oidc:StaffIdClaim", TestOidcProvider.StaffIdClaim);
            builder.UseSetting("Authentication:Oidc:RequireHttpsMetadata", "false");
            builder.UseSetting("Authentication:LocalPasswords:Staff", "false");
        });
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

public sealed class SingleSignOnTests(SingleSignOnFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<SingleSignOnFixture>
{
    [Fact]
    public async Task AStaffMemberWithTheStoredStaffId_SignsInThroughTheProvider_AndTheSessionEndsWhenDeactivated()
    {
        var userId = await StaffWithExternalIdAsync("sso.active@govdata.local", "GA", "330100-0001");
        var browser = NewBrowser();

        var landing = await SignInThroughProviderAsync(browser, "330100-0001", "/inbox");

        Assert.Equal("/inbox", landing.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/inbox")).StatusCode);
        await using (var db = await DbAsync())
        {
            var signIn = await db.AuditEntries.Where(e => e.Action == AuditActions.SignIn && e.UserId == userId).SingleAsync();
            Assert.Contains("sso:330100-0001", signIn.Summary, StringComparison.Ordinal);
        }

        var admin = await AdminWebActors.ContextOfAsync(fixture.App, "admin@govdata.local");
        var deactivated = await AdminWebActors.RunAsync(fixture.App, s => s.GetRequiredService<DeactivateUser>().ExecuteAsync(admin, userId, "调离"));
        Assert.True(deactivated.Result.Succeeded, deactivated.Result.ErrorKey);

        var ended = await browser.GetAsync("/inbox");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/Account/Login", ended.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal("/Account/SsoRefused?reason=NotAllowed", (await SignInThroughProviderAsync(NewBrowser(), "330100-0001", "/inbox")).OriginalString);
    }

    [Fact]
    public async Task AnUnknownStaffId_IsRefused_WithTheLocalizedPage_AndNoSession()
    {
        var browser = NewBrowser();

        var landing = await SignInThroughProviderAsync(browser, "999999-unknown", "/inbox");

        Assert.Equal("/Account/SsoRefused?reason=UnknownSubject", landing.OriginalString);
        var page = await (await browser.GetAsync(landing)).Content.ReadAsStringAsync();
        Assert.Contains("您的统一身份账号尚未关联本系统的任何人员", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/inbox")).StatusCode);
        await using var db = await DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.SignInFailed && e.Summary!.Contains("sso:999999-unknown")));
    }

    [Fact]
    public async Task ADeactivatedStaffMember_IsRefused_InEnglishToo()
    {
        var userId = await StaffWithExternalIdAsync("sso.left@govdata.local", "RS", "330100-0002");
        var admin = await AdminWebActors.ContextOfAsync(fixture.App, "admin@govdata.local");
        await AdminWebActors.RunAsync(fixture.App, s => s.GetRequiredService<DeactivateUser>().ExecuteAsync(admin, userId, "离职"));
        var browser = NewBrowser();
        browser.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var landing = await SignInThroughProviderAsync(browser, "330100-0002", "/");

        Assert.Equal("/Account/SsoRefused?reason=NotAllowed", landing.OriginalString);
        var page = await (await browser.GetAsync(landing)).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"sso-refused-reason\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("已停用", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/inbox")).StatusCode);
    }

    [Fact]
    public async Task AProviderThatRefuses_EndsOnTheRefusalPage_NotAnErrorPage()
    {
        var landing = await SignInThroughProviderAsync(NewBrowser(), staffId: null, "/");

        Assert.Equal("/Account/SsoRefused?reason=ProviderFailed", landing.OriginalString);
    }

    [Fact]
    public async Task WithStaffPasswordsOff_StaffCannotUseTheirPassword_ButApplicantsCan()
    {
        var login = await NewBrowser().GetStringAsync("/Account/Login");
        Assert.Contains("data-testid=\"sso-sign-in\"", login, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"staff-use-sso\"", login, StringComparison.Ordinal);

        var staff = await SignInForm.SignInAsync(NewBrowser(), "approver.ga@govdata.local", AdminWebActors.Password);
        var applicant = await SignInForm.SignInAsync(NewBrowser(), "applicant@govdata.local", AdminWebActors.Password);

        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, applicant.StatusCode);
    }

    private HttpClient NewBrowser() => fixture.App.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<GovDataDbContext> DbAsync() =>
        await fixture.App.Services.GetRequiredService<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync();

    private async Task<string> StaffWithExternalIdAsync(string email, string department, string externalId)
    {
        var userId = await AdminWebActors.NewStaffAsync(fixture.App, email, department, Roles.Requester);
        var admin = await AdminWebActors.ContextOfAsync(fixture.App, "admin@govdata.local");
        var set = await AdminWebActors.RunAsync(fixture.App, s => s.GetRequiredService<SetUserExternalId>().ExecuteAsync(admin, userId, externalId, "统一身份开通"));
        Assert.True(set.Succeeded, set.ErrorKey);
        return userId;
    }

    /// <summary>
    /// Plays the browser: GovData's challenge, the provider's authorize endpoint, the callback with the code (GovData
    /// redeems it over the loopback back channel), and the completion; returns where GovData finally sent it.
    /// </summary>
    private async Task<Uri> SignInThroughProviderAsync(HttpClient browser, string? staffId, string returnUrl)
    {
        fixture.Provider.NextStaffId = staffId;
        using var atProvider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var provider = new Uri(fixture.Provider.Authority);
        var response = await browser.GetAsync("/Account/Sso?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var sawProvider = false;
        for (var hop = 0; hop < 8; hop++)
        {
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"Hop {hop}: {(int)response.StatusCode}");
            var location = response.Headers.Location!;
            // The path the browser took, for a failing run's output (the provider's error parameters included).
            output.WriteLine(location.ToString());
            if (location.IsAbsoluteUri && location.Authority == provider.Authority)
            {
                Assert.Contains("code_challenge_method=S256", location.Query, StringComparison.Ordinal);
                sawProvider = true;
                response = await atProvider.GetAsync(location);
                continue;
            }

            var local = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
            if (!local.StartsWith("/signin-oidc", StringComparison.Ordinal) && !local.StartsWith("/Account/Sso/Complete", StringComparison.Ordinal))
            {
                Assert.True(sawProvider, "GovData never sent the browser to the provider.");
                return new Uri(local, UriKind.Relative);
            }

            response = await browser.GetAsync(local);
        }

        throw new InvalidOperationException("Too many redirects.");
    }
}
