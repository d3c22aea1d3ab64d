namespace GovData.Tests.E2E;

/// <summary>/jobs in a real browser against the real process: refused to the anonymous and to non-admins.</summary>
[Collection(E2ECollection.Name)]
public sealed class JobsDashboardE2ETests(WebAppProcessFixture app)
{
    [Fact]
    public async Task Jobs_AnonymousGets401_SignedInApproverGets403_AdminGets200()
    {
        var page = await app.NewPageAsync();
        try
        {
            var anonymous = await page.GotoAsync("/jobs");
            Assert.Equal(401, anonymous?.Status);

            await app.SignInAsync(page, "approver.ga@govdata.local");
            var approver = await page.GotoAsync("/jobs");
            Assert.Equal(403, approver?.Status);
            // Issue #14: the page says so, and still does once the page has settled (no interactive re-render to 页面不存在).
            await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-testid=status-page]")).ToContainTextAsync("无权访问");
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            await page.WaitForTimeoutAsync(1500);
            await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-testid=status-page]")).ToContainTextAsync("无权访问");
            await Microsoft.Playwright.Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("页面不存在");
            await app.ScreenshotAsync(page, "04-jobs-forbidden-zh");

            await page.Context.ClearCookiesAsync();
            await app.SignInAsync(page, "admin@govdata.local");
            var admin = await page.GotoAsync("/jobs");
            Assert.Equal(200, admin?.Status);
            await app.ScreenshotAsync(page, "04-jobs-admin");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Jobs_ShowsTimesInTheBrowsersTimeZone_ShanghaiForStaffInChina()
    {
        // Hangfire 1.8 has no dashboard time zone option: its pages carry UTC timestamps that moment.js writes in the
        // browser's own zone. Staff browsers in China are on Asia/Shanghai, so the footer's clock is Shanghai time.
        var page = await app.NewPageAsync("Asia/Shanghai");
        try
        {
            var before = ShanghaiHour();
            await app.SignInAsync(page, "admin@govdata.local");
            await page.GotoAsync("/jobs/recurring");
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            var footer = await page.Locator("#footer").InnerTextAsync();
            var after = ShanghaiHour();

            var clock = System.Text.RegularExpressions.Regex.Match(footer, @"(\d{1,2}):\d{2}:\d{2}");
            Assert.True(clock.Success, footer);
            // The clock may read "1:57:55 AM" (12-hour, the dashboard's English) or "01:57:55": compare on a 12-hour dial;
            // UTC would be 8 hours off.
            var hour = int.Parse(clock.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) % 12;
            Assert.Contains(hour, new[] { before % 12, after % 12 });
            await app.ScreenshotAsync(page, "04-jobs-recurring-shanghai");
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        static int ShanghaiHour() => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, GovData.Domain.Time.ChinaTime.Zone).Hour;
    }

    [Fact]
    public async Task CatalogPage_ShowsTheApproversScopedCatalog()
    {
        var page = await app.NewPageAsync();
        try
        {
            await app.SignInAsync(page, "approver.ga@govdata.local");
            await page.GotoAsync("/catalog/resources");

            await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-testid=catalog-grid]")).ToContainTextAsync("常住人口基本信息");
            // The department's own catalog: GA's entries only (another test may add one, so no exact count).
            await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-testid=catalog-grid]")).Not.ToContainTextAsync("社会保险参保信息");
            await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-testid=catalog-total]")).ToContainTextAsync("共");
            await app.ScreenshotAsync(page, "05-catalog-zh");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
