using System.Globalization;
using GovData.Domain.Time;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovData.Tests.E2E;

/// <summary>
/// Issue #9 in a real browser (decision 0017): the admin adds a department under the 高新区 bureau and its catalog
/// manager; an entry that manager imports and submits goes to the district bureau (bureau.gxq sees it in the inbox and
/// may publish or return it), while the municipal entry waiting for review is neither in bureau.gxq's inbox nor shown
/// to them by its address, and the municipal officer has its buttons (and may still act on the district entry).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class DistrictBureauReviewE2ETests(WebAppProcessFixture app)
{
    private const string Department = "GXQWJ";
    private const string Manager = "catalog.gxqwj@govdata.local";
    private const string Password = "GovData#2026";
    private const string Code = "3.01.001/GXQWJ-0001";
    private const string Name = "高新区家庭医生签约信息";
    private const string MunicipalName = "行政处罚案件信息";
    private const string LegalBasis = "《中华人民共和国基本医疗卫生与健康促进法》第三十一条";

    [Fact]
    public async Task DistrictEntry_GoesToDistrictBureau_MunicipalEntry_GivesDistrictOfficerNoButtons()
    {
        var admin = await app.NewPageAsync();
        var manager = await app.NewPageAsync();
        var district = await app.NewPageAsync();
        var municipal = await app.NewPageAsync();
        var workbook = Path.Combine(Path.GetTempPath(), "govdata-e2e-district-" + Guid.NewGuid().ToString("N") + ".xlsx");
        var step = "admin adds the district department";
        try
        {
            await app.SignInAsync(admin, "admin@govdata.local", Password);
            await app.GotoAsync(admin, "/admin/departments");
            await admin.ClickAsync("[data-testid=departments-create]");
            var dialog = admin.Locator(".mud-dialog");
            await dialog.Locator("input[data-testid=department-code]").FillAsync(Department);
            await dialog.Locator("input[data-testid=department-name]").FillAsync("高新区卫生健康局");
            await PickAsync(admin, dialog, "department-kind", "政务部门");
            await PickAsync(admin, dialog, "department-level", "区");
            await PickAsync(admin, dialog, "department-parent", "GXQSJJ");
            await dialog.Locator("[data-testid=department-submit]").ClickAsync();
            var row = admin.Locator("tr", new() { Has = admin.Locator($"[data-testid=department-{Department}]") });
            await Expect(row).ToContainTextAsync("高新区大数据管理局");
            await app.ScreenshotAsync(admin, "50-district-admin-department");

            step = "admin adds its catalog manager";
            await app.GotoAsync(admin, "/admin/users");
            await admin.ClickAsync("[data-testid=users-create]");
            dialog = admin.Locator(".mud-dialog");
            await dialog.Locator("input[data-testid=user-email]").FillAsync(Manager);
            await dialog.Locator("input[data-testid=user-name]").FillAsync("陈高新");
            await PickAsync(admin, dialog, "user-department", Department);
            await dialog.Locator("input[data-testid=role-CatalogManager]").CheckAsync(new() { Force = true });
            await dialog.Locator("input[data-testid=user-password]").FillAsync(Password);
            await dialog.Locator("[data-testid=user-submit]").ClickAsync();
            await Expect(admin.Locator($"[data-testid='user-{Manager}']")).ToBeVisibleAsync();

            step = "district manager imports and submits";
            await app.SignInAsync(manager, Manager, Password);
            await app.GotoAsync(manager, "/catalog/import");
            // The template through the manager's session (clicking the link once the page is interactive lets the
            // router take it: see the report), then the page's own upload.
            var template = await manager.APIRequest.GetAsync(GovData.Web.Endpoints.CatalogImportEndpoints.TemplateRoute);
            Assert.True(template.Ok, $"template: {template.Status}");
            await File.WriteAllBytesAsync(workbook, await template.BodyAsync());
            CatalogTemplateFiller.Fill(workbook, Resource(), [Item("签约居民身份证号", "resident_id", "字符型", "18"), Item("签约团队编号", "team_no", "字符型", "20")]);
            var upload = manager.Locator("input[type=file][data-testid=import-upload]").Last;
            await E2EActions.SetFileUntilAsync(manager, upload, workbook, manager.Locator("[data-testid=import-preview]"));
            await Expect(manager.Locator("[data-testid=import-count-create]")).ToHaveTextAsync("新建 1");
            await Expect(manager.Locator("[data-testid=import-count-errors]")).ToHaveTextAsync("错误 0");
            await manager.ClickAsync("[data-testid=import-commit]");
            await Expect(manager.Locator("[data-testid=import-preview]")).ToHaveAttributeAsync("data-committed", "true");
            await manager.ClickAsync("[data-testid=import-submit]");
            await Expect(manager.Locator("[data-testid=import-submit-failures]")).ToHaveCountAsync(0);
            await Expect(manager.Locator("[data-testid=import-submit]")).ToHaveCountAsync(0);
            await app.ScreenshotAsync(manager, "50-district-manager-submitted");

            step = "district officer: own entry in inbox with buttons";
            await app.SignInAsync(district, "bureau.gxq@govdata.local");
            await district.GotoAsync("/inbox");
            var grid = district.Locator("[data-testid=inbox-grid] tbody tr");
            await Expect(grid.Filter(new() { HasText = Name })).ToHaveCountAsync(1);
            await Expect(grid.Filter(new() { HasText = MunicipalName })).ToHaveCountAsync(0);
            await app.ScreenshotAsync(district, "50-district-inbox");
            await grid.Filter(new() { HasText = Name }).Locator("[data-testid=inbox-subject]").ClickAsync();
            await district.WaitForURLAsync("**/workflows/*");
            var districtReview = new Uri(district.Url).PathAndQuery;
            await Expect(district.Locator("[data-testid=workflow-state]")).ToContainTextAsync("待审核");
            await Expect(district.Locator("[data-testid=action-Publish]")).ToBeVisibleAsync();
            await Expect(district.Locator("[data-testid=action-Return]")).ToBeVisibleAsync();
            await Expect(district.Locator("[data-testid=workflow-diagram] svg").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
            await app.ScreenshotAsync(district, "50-district-review-own");

            step = "municipal officer: municipal entry with buttons";
            await app.SignInAsync(municipal, "bureau@govdata.local");
            await municipal.GotoAsync("/inbox");
            var municipalRows = municipal.Locator("[data-testid=inbox-grid] tbody tr");
            await Expect(municipalRows.Filter(new() { HasText = MunicipalName })).ToHaveCountAsync(1);
            // A bureau officer's inbox still lists every bureau-assigned item (decision 0017's limit, issue #10):
            // the district entry shows here too (checked below).
            await municipalRows.Filter(new() { HasText = MunicipalName }).Locator("[data-testid=inbox-subject]").ClickAsync();
            await municipal.WaitForURLAsync("**/workflows/*");
            var municipalReview = new Uri(municipal.Url).PathAndQuery;
            await Expect(municipal.Locator("[data-testid=action-Publish]")).ToBeVisibleAsync();
            await Expect(municipal.Locator("[data-testid=action-Return]")).ToBeVisibleAsync();
            await app.ScreenshotAsync(municipal, "50-district-municipal-officer-review");

            step = "district officer: municipal entry not theirs";
            // Not in their inbox (checked above), and opened by its address it is not shown at all, so no buttons.
            await app.GotoAsync(district, municipalReview);
            await Expect(district.Locator("body")).ToContainTextAsync("该事项不存在，或您无权查看");
            await Expect(district.Locator("[data-testid=workflow-subject-facts]")).ToHaveCountAsync(0);
            await Expect(district.Locator("[data-testid^=action-]")).ToHaveCountAsync(0);
            await app.ScreenshotAsync(district, "50-district-officer-municipal-review");

            step = "municipal officer: district entry assigned to the district bureau, still theirs to supervise";
            // CatalogReviewBureau.MayReview: the municipal bureau may review any entry; assigned is the district one.
            await app.GotoAsync(municipal, districtReview);
            await Expect(municipal.Locator("[data-testid=workflow-subject-facts]")).ToContainTextAsync(Name);
            await Expect(municipal.Locator("body")).ToContainTextAsync("高新区大数据管理局");
            await Expect(municipal.Locator("[data-testid=action-Publish]")).ToBeVisibleAsync();
            await app.ScreenshotAsync(municipal, "50-district-municipal-officer-district-review");
        }
        catch (Exception failure)
        {
            foreach (var (page, who) in new[] { (admin, "admin"), (manager, "manager"), (district, "gxq"), (municipal, "municipal") })
            {
                await app.ScreenshotAsync(page, $"failed-50-district-{who}");
            }

            throw new InvalidOperationException($"Step '{step}' failed. App output:\n{app.AppOutput}", failure);
        }
        finally
        {
            File.Delete(workbook);
            foreach (var page in new[] { admin, manager, district, municipal })
            {
                await page.Context.CloseAsync();
            }
        }
    }

    private static async Task PickAsync(IPage page, ILocator dialog, string select, string text)
    {
        await dialog.Locator($"[data-testid={select}]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = text }).First.ClickAsync();
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
    }

    private static Dictionary<string, string> Resource() => new()
    {
        ["资源代码"] = Code,
        ["资源名称"] = Name,
        ["资源分类"] = "部门",
        ["分类代码"] = "3.01.001",
        ["提供方代码"] = Department,
        ["内设机构"] = "基层卫生科",
        ["来源信息系统"] = "高新区家庭医生签约服务系统",
        ["资源摘要"] = "辖区居民与家庭医生团队的签约记录。",
        ["资源格式"] = "数据库",
        ["记录数"] = "86000",
        ["共享类型"] = "无条件共享",
        ["共享方式"] = "接口",
        ["开放类型"] = "不予开放",
        ["法律依据"] = LegalBasis,
        ["更新周期"] = "每月",
        ["数据最后更新日期"] = ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string> Item(string name, string englishName, string type, string length) => new()
    {
        ["资源代码"] = Code,
        ["信息项名称"] = name,
        ["英文名称"] = englishName,
        ["数据类型"] = type,
        ["长度"] = length,
        ["共享类型"] = "无条件共享",
        ["开放类型"] = "不予开放",
        ["法律依据"] = LegalBasis,
    };
}
