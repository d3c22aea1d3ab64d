using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovData.Tests.E2E;

/// <summary>Issue #2: sign in as a demo Approver, see the dashboard in Chinese, switch to English.</summary>
[Collection(E2ECollection.Name)]
public sealed class SignInAndLanguageTests(WebAppProcessFixture app)
{
    [Fact]
    public async Task Approver_SignsIn_SeesChineseDashboard_AndSwitchesToEnglish()
    {
        var page = await app.NewPageAsync();
        try
        {
            await app.SignInAsync(page, "approver.ga@govdata.local", screenshot: "01-login");

            Assert.Equal(app.BaseUrl + "/", page.Url);
            var dashboard = page.Locator("[data-testid=dashboard]");
            await Expect(dashboard.GetByRole(AriaRole.Heading, new() { Name = "工作台" })).ToBeVisibleAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
            await app.ScreenshotAsync(page, "02-dashboard-zh");

            await page.ClickAsync("[data-testid=language-switch]");
            await page.ClickAsync("[data-testid=lang-en]");

            await Expect(dashboard.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await app.ScreenshotAsync(page, "03-dashboard-en");
        }
        catch
        {
            await app.ScreenshotAsync(page, "failed-sign-in-and-language");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
