using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovData.Tests.E2E;

/// <summary>
/// Issue #10: the Content-Security-Policy restricts scripts, and Blazor Server, MudBlazor and the Mermaid diagram still
/// work under it — sign-in, an interactive page, a popover, a workflow instance with its diagram — with no CSP
/// violation reported by the browser.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ContentSecurityPolicyE2ETests(WebAppProcessFixture app)
{
    [Fact]
    public async Task MainPages_RunUnderThePolicy_WithoutAViolation()
    {
        var page = await app.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        try
        {
            var response = await page.GotoAsync(app.BaseUrl + "/Account/Login");
            Assert.Contains("script-src 'self' 'nonce-", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
            await app.SignInAsync(page, "bureau@govdata.local");

            await page.GotoAsync(app.BaseUrl + "/catalog/resources");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await page.ClickAsync("[data-testid=language-switch]");
            await Expect(page.Locator("[data-testid=lang-en]")).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("Escape");

            await page.GotoAsync(app.BaseUrl + "/workflows/1");
            await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=workflow-diagram] svg").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await app.ScreenshotAsync(page, "csp-01-workflow-diagram");

            Assert.Empty(violations);
        }
        catch
        {
            await app.ScreenshotAsync(page, "failed-csp");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
