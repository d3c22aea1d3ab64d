using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovData.Tests.E2E;

/// <summary>
/// Issue #12, done-when path (1) in a real browser: JT asks GA for three items and is refused; JT disputes the refusal
/// with a PDF; the municipal bureau accepts; both parties give their statements; the bureau records a meeting and orders
/// sharing of two of the items; GA's approver finds the ordered grant in the inbox and issues it before its date; the
/// dispute closes as complied and JT holds the grant.
/// </summary>
[Collection(MovableClockCollection.Name)]
public sealed partial class DisputeE2ETests(MovableClockAppFixture app)
{
    private const string ResourceName = "常住人口基本信息";
    private const string Purpose = "道路运输从业人员身份核验";

    [Fact]
    public async Task RequesterDisputesRefusal_Statements_BureauOrdersTwoItems_ProviderIssuesGrant_DisputeComplied()
    {
        var requester = await app.NewPageAsync();
        var approver = await app.NewPageAsync();
        var bureau = await app.NewPageAsync();
        var step = "request";
        try
        {
            var requestHref = await SubmitRequestAsync(requester);

            step = "refuse";
            await app.SignInAsync(approver, "approver.ga@govdata.local");
            await app.GotoAsync(approver, requestHref);
            await E2EActions.OpenDialogAsync(approver, "Refuse");
            var dialog = approver.Locator(".mud-dialog");
            await dialog.Locator("[data-testid=argument-legalBasis]").ClickAsync();
            await approver.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
            await Expect(approver.Locator(".mud-popover-open")).ToHaveCountAsync(0);
            await dialog.Locator("textarea[data-testid=action-comment]").FillAsync("住址属个人敏感信息，超出履职所必需的范围");
            await dialog.Locator("[data-testid=action-confirm]").ClickAsync();
            await Expect(approver.Locator("[data-testid=workflow-state]")).ToContainTextAsync("已拒绝");

            step = "file";
            await app.GotoAsync(requester, "/sharing/requests");
            var row = requester.Locator("[data-testid=sharing-requests-table] tbody tr", new() { HasText = Purpose });
            await row.Locator("[data-testid=request-dispute]").ClickAsync();
            await requester.WaitForURLAsync(new Regex("/disputes/new\\?request=\\d+$"));
            await Expect(requester.Locator("[data-testid=dispute-file-form]")).ToBeVisibleAsync();
            await requester.Locator("textarea[data-testid=dispute-claim-text]").FillAsync("姓名与公民身份号码为核验从业人员身份所必需，属本局法定职责，请求协调共享。");
            var pdf = Path.Combine(Path.GetTempPath(), "依据-" + Guid.NewGuid().ToString("N")[..6] + ".pdf");
            await File.WriteAllTextAsync(pdf, "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF");
            await E2EActions.SetFileUntilAsync(requester, requester.Locator("[data-testid=attachment-input]"), pdf,
                requester.Locator("[data-testid=dispute-file-form] .mud-chip"));
            await app.ScreenshotAsync(requester, "60-dispute-file-requester-jt");
            await requester.Locator("[data-testid=dispute-file-submit]").ClickAsync();
            await requester.WaitForURLAsync(new Regex("/disputes/\\d+$"));
            var disputeHref = new Uri(requester.Url).AbsolutePath;
            await Expect(requester.Locator("[data-testid=dispute-state]")).ToHaveTextAsync("待受理");
            await Expect(requester.Locator("[data-testid=dispute-attachment]")).ToHaveCountAsync(1);

            step = "accept";
            await app.SignInAsync(bureau, "bureau@govdata.local");
            await app.GotoAsync(bureau, "/disputes");
            var listed = bureau.Locator("[data-testid=disputes-grid] tbody tr").Filter(new() { Has = bureau.Locator($"a[href='{disputeHref}']") });
            await Expect(listed.Locator("[data-testid=remaining-chip]")).ToHaveTextAsync("剩 5 个工作日");
            await app.ScreenshotAsync(bureau, "61-disputes-bureau");
            await app.GotoAsync(bureau, disputeHref);
            var processHref = await bureau.Locator("[data-testid=dispute-process]").GetAttributeAsync("href");
            await app.GotoAsync(bureau, processHref!);
            await E2EActions.OpenDialogAsync(bureau, "Accept");
            await bureau.Locator(".mud-dialog [data-testid=action-confirm]").ClickAsync();
            await Expect(bureau.Locator("[data-testid=workflow-state]")).ToContainTextAsync("协调中");

            step = "statements";
            await GiveStatementAsync(requester, disputeHref, "statement-requester", "本局仅需姓名、公民身份号码两项，用于从业资格审核。");
            await GiveStatementAsync(approver, disputeHref, "statement-provider", "住址属敏感信息，可共享姓名和公民身份号码。");

            step = "meeting";
            await app.GotoAsync(bureau, disputeHref);
            await bureau.Locator("input[data-testid=meeting-attendees]").FillAsync("王主任（市大数据局）、赵审核人（市公安局）、郑经办人（市交通运输局）");
            await bureau.Locator("textarea[data-testid=meeting-notes]").FillAsync("双方同意共享姓名、公民身份号码两项，住址不予共享。");
            await bureau.Locator("[data-testid=meeting-submit]").ClickAsync();
            await Expect(bureau.Locator("[data-testid=dispute-meeting]")).ToHaveCountAsync(1);
            await app.ScreenshotAsync(bureau, "62-dispute-coordination-bureau");

            step = "order";
            await app.GotoAsync(bureau, processHref!);
            await E2EActions.OpenDialogAsync(bureau, "OrderSharing");
            dialog = bureau.Locator(".mud-dialog");
            await Expect(dialog.Locator("[data-testid=checklist-count]")).ToHaveTextAsync("已选 3/3 项");
            await dialog.Locator("[data-testid=argument-orderedItems]").GetByText("住址", new() { Exact = true }).ClickAsync();
            await Expect(dialog.Locator("[data-testid=checklist-count]")).ToHaveTextAsync("已选 2/3 项");
            await dialog.Locator("textarea[data-testid=action-comment]").FillAsync("姓名、公民身份号码为需求部门履职所必需，依《条例》第二十一条决定共享。");
            await app.ScreenshotAsync(bureau, "63-dispute-order-dialog");
            await dialog.Locator("[data-testid=action-confirm]").ClickAsync();
            await Expect(bureau.Locator("[data-testid=workflow-state]")).ToContainTextAsync("待提供方授权");

            step = "grant";
            await app.GotoAsync(approver, "/inbox");
            // The dispute page's link carries where it came from (?from=disputes); the inbox links the bare instance.
            var instancePath = processHref!.Split('?')[0];
            var ordered = approver.Locator("[data-testid=inbox-grid] tbody tr").Filter(new() { Has = approver.Locator($"a[href='{instancePath}']") });
            await Expect(ordered).ToContainTextAsync("共享争议");
            await app.ScreenshotAsync(approver, "64-inbox-ordered-grant-approver-ga");
            await app.GotoAsync(approver, processHref!);
            await E2EActions.OpenDialogAsync(approver, "IssueGrant");
            await approver.Locator(".mud-dialog [data-testid=action-confirm]").ClickAsync();
            await Expect(approver.Locator("[data-testid=workflow-state]")).ToContainTextAsync("已履行");

            step = "complied";
            await app.GotoAsync(requester, disputeHref);
            await Expect(requester.Locator("[data-testid=dispute-state]")).ToHaveTextAsync("已履行");
            await Expect(requester.Locator("[data-testid=decision-complied]")).ToBeVisibleAsync();
            await Expect(requester.Locator("[data-testid=decision-items]")).ToHaveTextAsync("姓名、公民身份号码");
            await Expect(requester.Locator("[data-testid=statement-given]")).ToHaveCountAsync(2);
            await app.ScreenshotAsync(requester, "65-dispute-complied-requester-jt");
            await app.GotoAsync(requester, "/sharing/grants");
            var grant = requester.Locator("[data-testid=sharing-grants-table] tbody tr", new() { HasText = Purpose });
            await Expect(grant).ToHaveCountAsync(1);
            await Expect(grant).ToContainTextAsync("公民身份号码");
            await Expect(grant).Not.ToContainTextAsync("住址");
        }
        catch
        {
            await app.ScreenshotAsync(requester, "failed-dispute-requester-" + step);
            await app.ScreenshotAsync(approver, "failed-dispute-approver-" + step);
            await app.ScreenshotAsync(bureau, "failed-dispute-bureau-" + step);
            await File.WriteAllTextAsync(Path.Combine(app.ScreenshotDirectory, "failed-dispute-app.log"), app.AppOutput);
            throw;
        }
        finally
        {
            await requester.Context.CloseAsync();
            await approver.Context.CloseAsync();
            await bureau.Context.CloseAsync();
        }
    }

    private async Task GiveStatementAsync(IPage page, string disputeHref, string side, string text)
    {
        await app.GotoAsync(page, disputeHref);
        var card = page.Locator($"[data-testid={side}]");
        await card.Locator("textarea[data-testid=statement-text]").FillAsync(text);
        await card.Locator("[data-testid=statement-submit]").ClickAsync();
        await Expect(card.Locator("[data-testid=statement-given]")).ToHaveTextAsync(text);
    }

    /// <summary>requester.jt asks for 姓名, 公民身份号码 and 住址 of GA's 常住人口基本信息; returns the instance link.</summary>
    private async Task<string> SubmitRequestAsync(IPage page)
    {
        await app.SignInAsync(page, "requester.jt@govdata.local");
        await app.GotoAsync(page, "/sharing/catalog");
        await page.Locator("input[data-testid=catalog-search]").FillAsync("1.01.001/GA-0001");
        await Expect(page.Locator("[data-testid=catalog-total]")).ToHaveTextAsync("共 1 条");
        await page.GetByRole(AriaRole.Link, new() { Name = ResourceName }).ClickAsync();
        var form = page.Locator("[data-testid=sharing-request-form]");
        await form.Locator("[data-testid=sharing-purpose] input, textarea[data-testid=sharing-purpose], input[data-testid=sharing-purpose]").First.FillAsync(Purpose);
        await form.Locator("[data-testid=sharing-duty] input, textarea[data-testid=sharing-duty], input[data-testid=sharing-duty]").First.FillAsync("《道路运输条例》从业资格管理职责");
        foreach (var item in new[] { "姓名", "公民身份号码", "住址" })
        {
            await form.Locator("[data-testid=sharing-item-checks]").GetByText(item, new() { Exact = true }).ClickAsync();
        }

        await form.Locator("[data-testid=sharing-submit]").ClickAsync();
        var link = page.Locator("[data-testid=sharing-submitted] a");
        await Expect(link).ToBeVisibleAsync();
        return (await link.GetAttributeAsync("href"))!;
    }
}
