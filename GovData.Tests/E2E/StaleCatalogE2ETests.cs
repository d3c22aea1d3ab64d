using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovData.Tests.E2E;

/// <summary>Issue #4 (Art. 16): the bureau opens the city-wide list of published entries overdue for an update.</summary>
[Collection(E2ECollection.Name)]
public sealed class StaleCatalogE2ETests(WebAppProcessFixture app)
{
    [Fact]
    public async Task Bureau_SeesStaleEntriesOfTheCity_WithTheDepartmentFilter()
    {
        var page = await app.NewPageAsync();
        try
        {
            await app.SignInAsync(page, "bureau@govdata.local");
            await page.GotoAsync("/catalog/stale");

            var grid = page.Locator("[data-testid=catalog-stale-grid]");
            // The demo city's GA-0003 is updated daily but last updated 12 days ago.
            await Expect(grid.GetByText("3.01.001/GA-0003")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=catalog-stale-department]")).ToBeVisibleAsync();
            await app.ScreenshotAsync(page, "stale-catalog-bureau-zh");

            // Issue #14: a name opens the entry, whose back link returns to this list.
            await grid.GetByRole(AriaRole.Link, new() { Name = "机动车登记信息" }).ClickAsync();
            await Expect(page.Locator("[data-testid=catalog-detail]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-testid=catalog-detail-back]")).ToContainTextAsync("返回待更新目录");
            await app.ScreenshotAsync(page, "stale-catalog-detail-zh");
            await page.Locator("[data-testid=catalog-detail-back]").ClickAsync();
            await page.WaitForURLAsync("**/catalog/stale");
        }
        catch
        {
            await app.ScreenshotAsync(page, "failed-stale-catalog");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
