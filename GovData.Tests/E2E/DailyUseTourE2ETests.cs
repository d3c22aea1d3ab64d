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
    public async Task DemoUsers_HaveWorkOnTheirFirstScreen_CountedOnTheDashboardAndTheMenu()
    {
        var page = await PageAsync();
        try
        {
            // GA's approver: the seeded requests (one overdue) — the 待办 card and the menu badge agree.
            await app.SignInAsync(page, "approver.ga@govdata.local");
            await app.GotoAsync(page, "/");
            var card = page.Locator("[data-testid=dashboard-count-Inbox] [data-testid=dashboard-count-value]");
            await Expect(page.Locator("[data-testid=nav-inbox-count]")).ToHaveTextAsync(await card.InnerTextAsync());
            Assert.True(int.Parse(await card.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 2);
            await Expect(page.Locator("[data-testid=dashboard-count-Inbox] a")).ToHaveAttributeAsync("href", "/inbox");
            await Expect(page.Locator("[data-testid=dashboard-count-SharingCatalog] a")).ToHaveAttributeAsync("href", "/sharing/catalog");

            // On the grants issued page only that menu entry is highlighted.
            await app.GotoAsync(page, "/sharing/grants/issued");
            await Expect(page.Locator(".gd-nav a.active")).ToHaveCountAsync(1);
            await Expect(page.Locator(".gd-nav a.active")).ToContainTextAsync("本部门授出的权限");
            await page.Context.ClearCookiesAsync();

            // GA's catalog manager: the draft the bureau returned, with its comment.
            await app.SignInAsync(page, "catalog.ga@govdata.local");
            await app.GotoAsync(page, "/catalog/drafts");
            await Expect(page.Locator("[data-testid=draft-comment]").First).ToContainTextAsync("统计口径");
            await page.Context.ClearCookiesAsync();

            // The district bureau's dashboard is its district's, not the city's.
            await app.SignInAsync(page, "bureau.gxq@govdata.local");
            await app.GotoAsync(page, "/");
            await Expect(page.Locator("h2.gd-section-title").First).ToHaveTextAsync("辖区概况");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

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

    private async Task<IPage> PageAsync()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    private async Task TourAsync(string? email, string who, params string[] paths)
    {
        var page = await PageAsync();
        var context = page.Context;
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
                var interactive = await E2EActions.WaitUntilSettledAsync(page, response);
                // The home page of a signed-in user runs in a circuit: the settle wait must have seen its marker (or it
                // would have screenshot the prerendered page); /nowhere and a refused /jobs are static status pages.
                if (path == "/" && email is not null)
                {
                    Assert.True(interactive, $"{who}: the home page was not prerendered for a circuit");
                }
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
