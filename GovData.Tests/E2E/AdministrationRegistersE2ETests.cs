using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovData.Tests.E2E;

/// <summary>
/// Issue #13 §2 and §4 in the browser, on the demo city: the SystemAdmin adds an entry to the legal-basis register and
/// retires one a refusal cites, stores a department's emergency plan and downloads it, and finds the reminder period
/// among the settings (screenshots 80–83).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AdministrationRegistersE2ETests(WebAppProcessFixture app)
{
    [Fact]
    public async Task TheAdmin_KeepsTheLegalBasisRegister_AndStoresAnEmergencyPlan()
    {
        var page = await app.NewPageAsync();
        try
        {
            await app.SignInAsync(page, "admin@govdata.local");

            // The register: the demo's refusal cites 《中华人民共和国测绘法》, so that entry can only be retired.
            await app.GotoAsync(page, "/admin/legal-bases");
            await page.ClickAsync("[data-testid=legal-basis-add]");
            await page.FillAsync("input[data-testid=legal-basis-law]", "中华人民共和国网络安全法");
            await page.FillAsync("input[data-testid=legal-basis-article]", "第四十二条");
            await page.FillAsync("input[data-testid=legal-basis-clause]", "第一款");
            await page.FillAsync("textarea[data-testid=legal-basis-text]", "网络运营者不得泄露、篡改、毁损其收集的个人信息；未经被收集者同意，不得向他人提供个人信息。");
            await Expect(page.Locator("[data-testid=legal-basis-preview]")).ToContainTextAsync("《中华人民共和国网络安全法》第四十二条第一款");
            await page.FillAsync("input[data-testid=legal-basis-reason]", "补充个人信息类依据");
            await app.ScreenshotAsync(page, "80-admin-legal-basis-add");
            await page.ClickAsync("[data-testid=legal-basis-submit]");
            await Expect(page.Locator("[data-testid=legal-bases-table]")).ToContainTextAsync("《中华人民共和国网络安全法》第四十二条第一款");

            var cited = page.Locator("[data-testid=legal-bases-table] tbody tr", new() { HasText = "测绘法" });
            await Expect(cited.Locator("[data-testid^=legal-basis-cited-]")).Not.ToHaveTextAsync("0");
            await cited.Locator("[data-testid^=legal-basis-menu-] button").ClickAsync();
            await Expect(page.Locator("[data-testid^=legal-basis-edit-]")).ToHaveCountAsync(0);
            await page.Locator("[data-testid^=legal-basis-retire-]").ClickAsync();
            await page.FillAsync("input[data-testid=reason-text]", "法律已修订");
            await page.ClickAsync("[data-testid=reason-confirm]");
            await Expect(page.Locator("[data-testid=legal-bases-table] tbody tr", new() { HasText = "测绘法" })).ToHaveCountAsync(0);
            await page.Locator("[data-testid=legal-bases-show-retired]").ClickAsync();
            await Expect(page.Locator("[data-testid=legal-bases-table] tbody tr", new() { HasText = "测绘法" })).ToContainTextAsync("已停用");
            await app.ScreenshotAsync(page, "81-admin-legal-bases");

            // Reinstated again, so the other browser tests refuse with the demo's register as seeded.
            await page.Locator("[data-testid=legal-bases-table] tbody tr", new() { HasText = "测绘法" }).Locator("[data-testid^=legal-basis-menu-] button").ClickAsync();
            await page.Locator("[data-testid^=legal-basis-reinstate-]").ClickAsync();
            await page.FillAsync("input[data-testid=reason-text]", "恢复");
            await page.ClickAsync("[data-testid=reason-confirm]");
            await Expect(page.Locator("[data-testid=legal-bases-table] tbody tr", new() { HasText = "测绘法" })).ToContainTextAsync("现行");

            // The emergency plan: stored from a PDF, listed on the department row, downloadable.
            await app.GotoAsync(page, "/admin/departments");
            await page.ClickAsync("[data-testid=department-actions-GA] button");
            await page.ClickAsync("[data-testid=plan-edit-GA]");
            await Expect(page.Locator("[data-testid=plan-none]")).ToBeVisibleAsync();
            var pdf = Path.Combine(Path.GetTempPath(), "公安局数据安全应急预案.pdf");
            await File.WriteAllBytesAsync(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray());
            await page.Locator("[data-testid=plan-upload] input[type=file]").SetInputFilesAsync(pdf);
            await Expect(page.Locator("[data-testid=plan-picked]")).ToContainTextAsync("公安局数据安全应急预案.pdf");
            await page.FillAsync("input[data-testid=plan-reason]", "2026 年修订版");
            await app.ScreenshotAsync(page, "82-admin-emergency-plan");
            await page.ClickAsync("[data-testid=plan-submit]");
            await Expect(page.Locator("[data-testid=plan-GA]")).ToContainTextAsync("公安局数据安全应急预案.pdf");
            var href = await page.Locator("[data-testid=plan-GA] a").GetAttributeAsync("href");
            var download = await page.APIRequest.GetAsync(href!);
            Assert.Equal(200, download.Status);
            Assert.StartsWith("%PDF-1.7", System.Text.Encoding.ASCII.GetString(await download.BodyAsync()), StringComparison.Ordinal);

            // The reminder period is a setting like the time limits.
            await app.GotoAsync(page, "/admin/settings");
            await Expect(page.Locator("[data-testid='setting-value-Administration:SecurityReview:MaxAgeMonths']")).ToHaveTextAsync("12 个月");
            await app.ScreenshotAsync(page, "83-admin-settings-reminder");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
