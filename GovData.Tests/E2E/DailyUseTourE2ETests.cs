using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovData.Tests.E2E;

/// <summary>
/// Issue #14: the first screens of each README user at 1366 px in Chinese, as screenshots for people to look at
/// (daily-*.png). Set GOVDATA_SHOT_PREFIX to keep a second set (e.g. "before") beside them.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class DailyUseTourE2ETests(WebAppProcessFixture app)
{
    private static readonly string Prefix = Environment.GetEnvironmentVariable("GOVDATA_SHOT_PREFIX") is { Length: > 0 } p ? p : "daily";

    [Fact]
    public async Task EveryReaderUser_FirstScreens_RenderAt1366()
    {
        await TourAsync("approver.ga@govdata.local", "approver", "/", "/inbox", "/sharing/grants/issued");
        await TourAsync("catalog.ga@govdata.local", "catalog", "/", "/catalog/drafts", "/catalog/resources/new");
        await TourAsync("bureau@govdata.local", "bureau", "/", "/inbox", "/catalog/stale", "/admin/audit");
        await TourAsync("bureau.gxq@govdata.local", "bureau-gxq", "/");
        await TourAsync("admin@govdata.local", "admin", "/admin/audit");
        await TourAsync("requester.rs@govdata.local", "requester", "/", "/sharing/requests", "/jobs", "/nowhere");
        await TourAsync("approver.zrzy@govdata.local", "approver-zrzy", "/workflows/1", "/workflows/3");
        await TourAsync(null, "anonymous", "/nowhere");
    }

    private async Task TourAsync(string? email, string who, params string[] paths)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        try
        {
            if (email is not null)
            {
                await app.SignInAsync(page, email);
            }

            foreach (var path in paths)
            {
                var response = await page.GotoAsync(path);
                Assert.NotNull(response);
                await Expect(page.Locator("body")).Not.ToBeEmptyAsync();
                await page.WaitForTimeoutAsync(1500);
                var name = path.Trim('/').Replace('/', '-');
                await app.ScreenshotAsync(page, $"{Prefix}-{who}-{(name.Length == 0 ? "home" : name)}");
            }
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
