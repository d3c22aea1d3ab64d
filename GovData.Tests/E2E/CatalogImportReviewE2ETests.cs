using System.Globalization;
using GovData.Domain.Time;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovData.Tests.E2E;

/// <summary>
/// Issue #4 in a real browser: GA's catalog manager downloads the template, fills one new entry with one wrong cell,
/// uploads it and sees the cell named; fixes it, imports and submits. The bureau returns it with a comment; the manager
/// reads the comment, corrects the summary in the editor and submits again; the bureau publishes it, and it appears in
/// the sharing catalog.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class CatalogImportReviewE2ETests(WebAppProcessFixture app)
{
    private const string Code = "3.01.001/GA-0901";
    private const string Name = "机动车驾驶人记分信息";
    private const string CycleHeader = "更新周期";
    private const string ReturnComment = "资源摘要未说明记分周期，请补充后再提交";
    private const string Summary = "驾驶人交通违法记分及累计记分情况。";
    private const string LegalBasis = "《中华人民共和国个人信息保护法》第十三条";

    [Fact]
    public async Task Manager_ImportsTemplateWithWrongCell_FixesAndSubmits_BureauReturnsThenPublishes_InSharingCatalog()
    {
        var manager = await app.NewPageAsync();
        var bureau = await app.NewPageAsync();
        var workbook = Path.Combine(Path.GetTempPath(), "govdata-e2e-catalog-" + Guid.NewGuid().ToString("N") + ".xlsx");
        var step = "start";
        try
        {
            step = "template";
            await app.SignInAsync(manager, "catalog.ga@govdata.local");
            // Once the page is interactive: the router must let the template link download (it used to show 页面不存在).
            await app.GotoAsync(manager, "/catalog/import");
            var download = await manager.RunAndWaitForDownloadAsync(() => manager.ClickAsync("[data-testid=import-template]"));
            await download.SaveAsAsync(workbook);
            CatalogTemplateFiller.Fill(workbook, Resource(cycle: "每两天"), Items());

            step = "wrong cell";
            // MudFileUpload adds a fresh input after each pick (so the same file can be picked again): the last one is live.
            var upload = manager.Locator("input[type=file][data-testid=import-upload]").Last;
            await E2EActions.SetFileUntilAsync(manager, upload, workbook, manager.Locator("[data-testid=import-preview]"));
            var error = manager.Locator("[data-testid=import-errors] tbody tr");
            await Expect(error).ToHaveCountAsync(1);
            await Expect(error).ToContainTextAsync("目录");
            await Expect(error.Locator("[data-testid=import-error-cell]")).ToHaveTextAsync(CatalogTemplateFiller.ResourceColumnLetter(CycleHeader));
            await Expect(error.Locator("[data-testid=import-error-message]")).ToContainTextAsync("每两天");
            await Expect(manager.Locator("[data-testid=import-commit]")).ToBeDisabledAsync();
            await app.ScreenshotAsync(manager, "40-import-wrong-cell");

            step = "fix and import";
            CatalogTemplateFiller.SetResourceCell(workbook, CycleHeader, "每月");
            await upload.SetInputFilesAsync(workbook);
            await Expect(manager.Locator("[data-testid=import-count-create]")).ToHaveTextAsync("新建 1");
            await Expect(manager.Locator("[data-testid=import-count-errors]")).ToHaveTextAsync("错误 0");
            await manager.ClickAsync("[data-testid=import-commit]");
            await Expect(manager.Locator("[data-testid=import-preview]")).ToHaveAttributeAsync("data-committed", "true");
            await manager.ClickAsync("[data-testid=import-submit]");
            await Expect(manager.Locator("[data-testid=import-submit-failures]")).ToHaveCountAsync(0);
            await Expect(manager.Locator("[data-testid=import-submit]")).ToHaveCountAsync(0);
            await app.ScreenshotAsync(manager, "41-import-submitted");

            step = "bureau returns";
            await app.SignInAsync(bureau, "bureau@govdata.local");
            await OpenReviewFromInboxAsync(bureau);
            await E2EActions.OpenDialogAsync(bureau, "Return");
            var dialog = bureau.Locator(".mud-dialog");
            await Expect(dialog.Locator("[data-testid=action-confirm]")).ToBeDisabledAsync();
            await dialog.Locator("textarea[data-testid=action-comment]").FillAsync(ReturnComment);
            await dialog.Locator("[data-testid=action-confirm]").ClickAsync();
            await Expect(bureau.Locator("[data-testid=workflow-state]")).ToContainTextAsync("已退回");

            step = "manager corrects";
            await manager.GotoAsync("/catalog/drafts");
            var draft = manager.Locator("[data-testid=drafts-table] tbody tr", new() { HasText = Name });
            await Expect(draft.Locator("[data-testid=draft-comment]")).ToContainTextAsync(ReturnComment);
            await app.ScreenshotAsync(manager, "42-drafts-returned");
            await draft.Locator("[data-testid=draft-edit]").ClickAsync();
            await Expect(manager.Locator("[data-testid=editor-returned-comment]")).ToContainTextAsync(ReturnComment);
            var summary = manager.Locator("textarea[data-testid=field-Summary]");
            await Expect(summary).ToHaveValueAsync(Summary);
            await summary.FillAsync(Summary + "记分周期为公历年度（每年 1 月 1 日至 12 月 31 日）。");
            await summary.PressAsync("Tab");
            await manager.ClickAsync("[data-testid=editor-submit]");
            await Expect(manager.Locator("[data-testid=editor-message]")).ToContainTextAsync("提交");
            await app.ScreenshotAsync(manager, "43-editor-resubmitted");

            step = "bureau publishes";
            await OpenReviewFromInboxAsync(bureau);
            await Expect(bureau.Locator("[data-testid=workflow-state]")).ToContainTextAsync("待审核");
            await Expect(bureau.Locator("[data-testid=workflow-journal]")).ToContainTextAsync(ReturnComment);
            await Expect(bureau.Locator("[data-testid=workflow-subject-facts]")).ToContainTextAsync("记分周期为公历年度");
            await app.ScreenshotAsync(bureau, "44-review-instance");
            await E2EActions.OpenDialogAsync(bureau, "Publish");
            await bureau.Locator(".mud-dialog [data-testid=action-confirm]").ClickAsync();
            await Expect(bureau.Locator("[data-testid=workflow-state]")).ToContainTextAsync("已发布");

            step = "sharing catalog";
            await manager.GotoAsync("/sharing/catalog?q=" + Uri.EscapeDataString(Code));
            var row = manager.Locator("[data-testid=catalog-grid] tbody tr", new() { HasText = Name });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).ToContainTextAsync(Code);
            await Expect(row).ToContainTextAsync("无条件共享");
            await app.ScreenshotAsync(manager, "45-sharing-catalog-published");
        }
        catch
        {
            await app.ScreenshotAsync(manager, "failed-catalog-manager-" + step.Replace(' ', '-'));
            await app.ScreenshotAsync(bureau, "failed-catalog-bureau-" + step.Replace(' ', '-'));
            throw;
        }
        finally
        {
            File.Delete(workbook);
            await manager.Context.CloseAsync();
            await bureau.Context.CloseAsync();
        }
    }

    private static async Task OpenReviewFromInboxAsync(IPage page)
    {
        await page.GotoAsync("/inbox");
        var review = page.Locator("[data-testid=inbox-grid] tbody tr", new() { HasText = Name });
        await Expect(review).ToHaveCountAsync(1);
        await review.Locator("[data-testid=inbox-subject]").ClickAsync();
        await page.WaitForURLAsync("**/workflows/*");
    }

    private static Dictionary<string, string> Resource(string cycle) => new()
    {
        ["资源代码"] = Code,
        ["资源名称"] = Name,
        ["资源分类"] = "部门",
        ["分类代码"] = "3.01.001",
        ["提供方代码"] = "GA",
        ["内设机构"] = "交通警察支队",
        ["来源信息系统"] = "公安交通管理综合应用平台",
        ["资源摘要"] = Summary,
        ["资源格式"] = "数据库",
        ["记录数"] = "1250000",
        ["共享类型"] = "无条件共享",
        ["共享方式"] = "接口",
        ["开放类型"] = "不予开放",
        ["法律依据"] = LegalBasis,
        [CycleHeader] = cycle,
        ["数据最后更新日期"] = ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static List<IReadOnlyDictionary<string, string>> Items() =>
    [
        Item("驾驶证号", "licence_no", "字符型", "18"),
        Item("累计记分", "total_points", "数值型", "2"),
    ];

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
