using System.Globalization;
using System.Security.Claims;
using Bunit;
using GovData.Domain.Integration;
using GovData.Tests.Integration;
using GovData.Tests.Support;
using GovData.Web.Components.Pages.Catalog;
using GovData.Workflows.Identity;
using GovData.Workflows.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace GovData.Tests.Web.Integration;

/// <summary>bUnit: the API keys page and its create dialog over a real SQLite database (a fresh one: no keys yet).</summary>
public sealed class ApiKeysPageTests : GovDataBunitContext, IClassFixture<IntegrationFixture>
{
    private readonly IntegrationFixture _fixture;

    public ApiKeysPageTests(IntegrationFixture fixture)
    {
        _fixture = fixture;
        Services.AddSingleton<TimeProvider>(fixture.Time);
        Services.AddSingleton(fixture.Get<ListApiKeys>());
        Services.AddSingleton(fixture.Get<CreateApiKey>());
        Services.AddSingleton(fixture.Get<RevokeApiKey>());
    }

    public override Task InitializeAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        return Task.CompletedTask;
    }

    [Fact]
    public async Task EmptyDepartment_ExplainsWhatAKeyIsFor()
    {
        await SignInAsync("catalog.wj@govdata.local");

        var cut = Render<ApiKeysPage>();

        cut.WaitForAssertion(() => Assert.Contains("业务系统", cut.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal), WaitTimeout);
        Assert.NotNull(cut.Find("[data-testid=api-keys-create]"));
    }

    [Fact]
    public async Task CreateDialog_ShowsTheKeyOnce_WithWarningAndCopy_ThenTheListShowsOnlyThePrefix()
    {
        await SignInAsync("catalog.ga@govdata.local");
        var cut = Render<ApiKeysPage>();
        cut.WaitForElement("[data-testid=api-keys-create]", WaitTimeout).Click();

        Dialogs.WaitForElement("[data-testid=api-key-submit]", WaitTimeout);
        Assert.True(Dialogs.Find("[data-testid=api-key-submit]").HasAttribute("disabled"));
        Dialogs.Find("input[data-testid=api-key-name]").Input("不动产登记同步");
        Dialogs.Find("[data-testid=api-key-submit]").Click();

        Dialogs.WaitForElement("[data-testid=api-key-warning]", WaitTimeout);
        Assert.Contains("无法再次查看", Dialogs.Find("[data-testid=api-key-warning]").TextContent, StringComparison.Ordinal);
        var plaintext = Dialogs.Find("input[data-testid=api-key-plaintext]").GetAttribute("value")!;
        Assert.True(ApiKeySecret.TryParse(plaintext, out var secret));
        await using (var db = _fixture.Database.CreateDbContext())
        {
            var stored = await db.DepartmentApiKeys.AsNoTracking().SingleAsync(k => k.Prefix == secret.Prefix);
            Assert.Equal("不动产登记同步", stored.Name);
            Assert.True(secret.Matches(stored.SecretHash));
        }

        Dialogs.Find("[data-testid=api-key-copy]").Click();
        Assert.Equal(plaintext, JSInterop.VerifyInvoke("navigator.clipboard.writeText").Arguments[0]);
        Dialogs.WaitForAssertion(() => Assert.Contains("已复制", Dialogs.Find("[data-testid=api-key-copy-result]").TextContent, StringComparison.Ordinal), WaitTimeout);

        Dialogs.Find("[data-testid=api-key-done]").Click();
        cut.WaitForAssertion(() => Assert.Contains(secret.Prefix, cut.Find("[data-testid=api-keys-table]").TextContent, StringComparison.Ordinal), WaitTimeout);
        Assert.Empty(Dialogs.FindAll("[data-testid=api-key-plaintext]"));
        Assert.DoesNotContain(plaintext, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateDialog_InEnglish_WarnsInEnglish()
    {
        // Set here, not inside the async helper: a culture set in an awaited method does not flow back to the caller.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        await SignInAsync("catalog.rs@govdata.local");
        var cut = Render<ApiKeysPage>();
        cut.WaitForElement("[data-testid=api-keys-create]", WaitTimeout).Click();

        Dialogs.WaitForElement("input[data-testid=api-key-name]", WaitTimeout).Input("HR sync");
        Dialogs.Find("[data-testid=api-key-submit]").Click();

        Dialogs.WaitForAssertion(
            () => Assert.Contains("cannot be shown again", Dialogs.Find("[data-testid=api-key-warning]").TextContent, StringComparison.Ordinal),
            WaitTimeout);
    }

    [Fact]
    public async Task Revoke_AsksFirst_ThenMarksTheKeyRevoked()
    {
        var key = await _fixture.CreateKeyAsync("catalog.jt@govdata.local", "交通同步");
        await SignInAsync("catalog.jt@govdata.local");
        var cut = Render<ApiKeysPage>();

        cut.WaitForElement("[data-testid=api-key-revoke]", WaitTimeout).Click();
        Dialogs.WaitForAssertion(() => Assert.Contains("交通同步", Dialogs.Markup, StringComparison.Ordinal), WaitTimeout);
        var yes = Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "吊销");
        yes.Click();

        cut.WaitForAssertion(() => Assert.Contains("已吊销", cut.Find("[data-testid=api-keys-table]").TextContent, StringComparison.Ordinal), WaitTimeout);
        var check = await _fixture.Get<AuthenticateApiKey>().ExecuteAsync(key.PlaintextKey);
        Assert.Equal(ApiKeyFailure.Revoked, check.Failure);
    }

    private async Task SignInAsync(string email) => SignIn(await _fixture.UserAsync(email));
}
