using System.Text;
using System.Text.RegularExpressions;
using GovData.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovData.Tests.E2E;

/// <summary>
/// Issue #11, done-when path in a real browser: an anonymous visitor searches the portal, opens a 无条件开放 entry and
/// downloads its CSV (only the open items); a citizen registers and applies for a 依申请开放 entry; the providing
/// department's approver finds it in the inbox and asks for material (the clock stops); the citizen supplies it; the
/// approver partly grants; the citizen downloads exactly the granted items, reads the PDF reply and opens its
/// verification page. Screenshots of /portal and an entry page at 1280 px and at phone width.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class OpenDataPortalE2ETests(WebAppProcessFixture app)
{
    private const string OpenEntry = "公交线路及站点信息";
    private const string OnApplicationEntry = "出租汽车驾驶员从业资格信息";

    [Fact]
    public async Task VisitorDownloadsOpenData_CitizenApplies_SuppliesMaterial_IsPartlyGranted_DownloadsOnlyGrantedItems()
    {
        var visitor = await app.NewPageAsync();
        var citizen = await app.NewPageAsync();
        var approver = await app.NewPageAsync();
        var step = "portal";
        try
        {
            await app.GotoAsync(visitor, "/portal");
            await app.ScreenshotAsync(visitor, "70-portal");
            await visitor.Locator("input[data-testid=portal-search]").FillAsync("公交");
            await visitor.Locator("[data-testid=portal-search-go]").ClickAsync();
            var hit = visitor.Locator("[data-testid=portal-results] [data-testid=portal-entry]", new() { HasText = OpenEntry });
            await Expect(hit).ToHaveCountAsync(1);
            await hit.Locator("a.gd-portal-card-title").ClickAsync();
            await visitor.WaitForURLAsync(new Regex("/portal/entries/\\d+$"));
            await Expect(visitor.Locator("[data-testid=portal-entry-page]")).ToBeVisibleAsync();
            await app.ScreenshotAsync(visitor, "71-portal-entry");
            var served = await visitor.Locator("[data-testid=portal-item][data-served=true] td:first-child > div:first-child").AllInnerTextsAsync();
            Assert.NotEmpty(served);
            var download = await visitor.RunAndWaitForDownloadAsync(() => visitor.Locator("[data-testid=download-csv]").ClickAsync());
            var csv = await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8);
            var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(string.Join(',', served), lines[0]);
            Assert.True(lines.Length > 1, "the CSV has rows");

            step = "phone";
            await visitor.SetViewportSizeAsync(390, 844);
            await app.ScreenshotAsync(visitor, "72-portal-entry-phone");
            await app.GotoAsync(visitor, "/portal");
            await app.ScreenshotAsync(visitor, "73-portal-phone");

            step = "register";
            var email = $"citizen.{Guid.NewGuid():N}"[..20] + "@example.cn";
            await citizen.GotoAsync("/Account/Register");
            await citizen.FillAsync("#Input\\.Email", email);
            await citizen.FillAsync("#Input\\.DisplayName", "周市民");
            await citizen.FillAsync("#Input\\.Password", "GovData#2026");
            await citizen.FillAsync("#Input\\.ConfirmPassword", "GovData#2026");
            await citizen.ClickAsync("button[type=submit]");
            await citizen.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
            await app.SignInAsync(citizen, email);

            step = "apply";
            await app.GotoAsync(citizen, "/portal?q=" + Uri.EscapeDataString(OnApplicationEntry));
            await citizen.Locator("[data-testid=portal-entry] a.gd-portal-card-title", new() { HasText = OnApplicationEntry }).ClickAsync();
            await citizen.WaitForURLAsync(new Regex("/portal/entries/\\d+$"));
            await citizen.Locator("[data-testid=portal-apply]").ClickAsync();
            await citizen.WaitForURLAsync(new Regex("/portal/apply/\\d+$"));
            await Expect(citizen.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
            var items = citizen.Locator("[data-testid=apply-items] input[data-testid^=apply-item-]");
            await Expect(items).ToHaveCountAsync(4);
            for (var i = 0; i < 3; i++)
            {
                await items.Nth(i).CheckAsync(new() { Force = true });
            }

            await citizen.Locator("textarea[data-testid=apply-purpose]").FillAsync("核验乘客投诉所涉驾驶员的从业资格");
            await citizen.Locator("textarea[data-testid=apply-scenario]").FillAsync("出行服务平台投诉处理");
            await citizen.Locator("input[data-testid=apply-name]").FillAsync("周市民");
            await citizen.Locator("input[data-testid=apply-identity]").FillAsync("11010519491231002X");
            await citizen.Locator("input[data-testid=apply-contact]").FillAsync("周市民");
            await citizen.Locator("input[data-testid=apply-phone]").FillAsync("13800138000");
            await citizen.Locator("input[data-testid=apply-email]").FillAsync(email);
            await citizen.Locator("[data-testid=apply-submit]").ClickAsync();
            await citizen.WaitForURLAsync(new Regex("/portal/applications/\\d+$"));
            var applicationHref = new Uri(citizen.Url).AbsolutePath;
            var applicationId = applicationHref[(applicationHref.LastIndexOf('/') + 1)..];
            await Expect(citizen.Locator("[data-testid=detail-due]")).Not.ToHaveTextAsync("—");

            step = "material";
            await app.SignInAsync(approver, "approver.jt@govdata.local");
            await app.GotoAsync(approver, "/inbox");
            var row = approver.Locator("[data-testid=inbox-grid] tbody tr", new() { HasText = OnApplicationEntry });
            await Expect(row).ToHaveCountAsync(1);
            await row.Locator("[data-testid=inbox-subject]").ClickAsync();
            await approver.WaitForURLAsync(new Regex("/workflows/\\d+$"));
            var instanceHref = new Uri(approver.Url).AbsolutePath;
            await Expect(approver.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
            await E2EActions.OpenDialogAsync(approver, "RequestMaterial");
            await approver.Locator(".mud-dialog textarea[data-testid=action-comment]").FillAsync("请补充投诉受理编号");
            await approver.Locator(".mud-dialog [data-testid=action-confirm]").ClickAsync();
            await Expect(approver.Locator("[data-testid=action-PartlyGrant]")).ToHaveCountAsync(0);

            step = "supply";
            await app.GotoAsync(citizen, applicationHref);
            await Expect(citizen.Locator("[data-testid=detail-clock-stopped]")).ToBeVisibleAsync();
            await Expect(citizen.Locator("[data-testid=supply-requested]")).ToHaveTextAsync("请补充投诉受理编号");
            await citizen.Locator("textarea[data-testid=supply-text]").FillAsync("投诉受理编号 TS-2026-0815");
            await citizen.Locator("[data-testid=supply-submit]").ClickAsync();
            await Expect(citizen.Locator("[data-testid=supply-panel]")).ToHaveCountAsync(0);
            await Expect(citizen.Locator("[data-testid=detail-clock-stopped]")).ToHaveCountAsync(0);

            step = "partly grant";
            await app.GotoAsync(approver, instanceHref);
            await E2EActions.OpenDialogAsync(approver, "PartlyGrant");
            var dialog = approver.Locator(".mud-dialog");
            var options = dialog.Locator("[data-testid=argument-grantedItems] input[data-testid^=option-]");
            await Expect(options).ToHaveCountAsync(3);
            await options.Nth(0).CheckAsync(new() { Force = true });
            await options.Nth(1).CheckAsync(new() { Force = true });
            await dialog.Locator("[data-testid=argument-legalBases] input[data-testid^=option-]").First.CheckAsync(new() { Force = true });
            await dialog.Locator("textarea[data-testid=action-comment]").FillAsync("注册单位涉及企业经营信息，不予开放");
            await dialog.Locator("[data-testid=action-confirm]").ClickAsync();
            await Expect(approver.Locator("[data-testid=action-PartlyGrant]")).ToHaveCountAsync(0);
            await app.ScreenshotAsync(approver, "74-open-data-application-approver");

            step = "delivery";
            await app.GotoAsync(citizen, applicationHref);
            await Expect(citizen.Locator("[data-testid=reply-code]")).Not.ToBeEmptyAsync();
            await app.ScreenshotAsync(citizen, "75-open-data-application-applicant");
            var data = await citizen.Context.APIRequest.GetAsync($"/portal/applications/{applicationId}/data.csv");
            Assert.Equal(200, data.Status);
            var delivered = Encoding.UTF8.GetString(await data.BodyAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("从业资格证号,姓名", delivered[0]);
            Assert.Equal(4, delivered.Length);
            Assert.DoesNotContain(delivered, l => l.Contains("出租汽车有限公司", StringComparison.Ordinal));

            var reply = await citizen.Context.APIRequest.GetAsync($"/portal/applications/{applicationId}/reply.pdf");
            Assert.Equal(200, reply.Status);
            var text = await PdfText.ExtractAsync(await reply.BodyAsync());
            var number = await citizen.Locator("[data-testid=reply-number]").InnerTextAsync();
            Assert.Contains(number.Trim(), text, StringComparison.Ordinal);
            Assert.Contains(OnApplicationEntry, text, StringComparison.Ordinal);
            Assert.Contains("注册单位涉及企业经营信息", text, StringComparison.Ordinal);

            step = "verify";
            var sha = await citizen.Locator("[data-testid=reply-sha]").InnerTextAsync();
            await citizen.Locator("[data-testid=reply-verify]").ClickAsync();
            await citizen.WaitForURLAsync(new Regex("/portal/replies/"));
            await Expect(citizen.Locator("[data-testid=verify-found]")).ToContainTextAsync(number.Trim());
            await Expect(citizen.Locator("[data-testid=verify-sha]")).ToHaveTextAsync(sha.Trim());
        }
        catch
        {
            await app.ScreenshotAsync(visitor, "failed-opendata-visitor-" + step);
            await app.ScreenshotAsync(citizen, "failed-opendata-citizen-" + step);
            await app.ScreenshotAsync(approver, "failed-opendata-approver-" + step);
            throw;
        }
        finally
        {
            await visitor.Context.CloseAsync();
            await citizen.Context.CloseAsync();
            await approver.Context.CloseAsync();
        }
    }
}
