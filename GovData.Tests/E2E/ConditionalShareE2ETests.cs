using System.Globalization;
using System.Text.RegularExpressions;
using GovData.Domain.Calendar;
using GovData.Domain.Time;
using GovData.Web.Components.Pages.Calendar;
using GovData.Workflows.Calendar;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GovData.Tests.E2E;

/// <summary>
/// Issue #3, the share path in a real browser: RS asks GA for three data items of a conditional resource; GA's
/// approver finds it in the inbox with 5 working days left, approves two of the items for the year asked for; RS sees
/// the grant and is notified. The app runs on the real clock: expected dates come from the shipped calendar, not
/// constants. The demo also gives GA's approver two requests of its own (one overdue), so the row is found by its link.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed partial class ConditionalShareE2ETests(WebAppProcessFixture app)
{
    private const string ResourceName = "常住人口基本信息";
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public async Task Requester_AsksGa_ApproverApprovesTwoItemsFrom90DayDialog_RequesterSeesGrantAndNotification()
    {
        var today = ChinaTime.Today(TimeProvider.System);
        var due = Calendar().AddWorkingDays(today, 5);
        var remaining = Calendar().WorkingDaysRemaining(today, due);
        var requester = await app.NewPageAsync();
        var approver = await app.NewPageAsync();
        var bureau = await app.NewPageAsync();
        var step = "start";
        try
        {
            step = "submit";
            var instanceHref = await SubmitRequestAsync(requester);

            step = "bureau dialogs";
            await BureauDialogsAsync(bureau, instanceHref);

            step = "inbox";
            await app.SignInAsync(approver, "approver.ga@govdata.local");
            await approver.GotoAsync("/inbox");
            var firstRow = approver.Locator("[data-testid=inbox-grid] tbody tr").Filter(new() { Has = approver.Locator($"a[href='{instanceHref}']") });
            await Expect(firstRow.Locator("[data-testid=inbox-subject]")).ToHaveAttributeAsync("href", instanceHref);
            await Expect(firstRow.Locator("[data-testid=remaining-chip]")).ToHaveTextAsync($"剩 {remaining} 个工作日");
            await Expect(firstRow).ToContainTextAsync(CalendarDates.Long(due, Chinese));
            await app.ScreenshotAsync(approver, "20-inbox-approver-ga");

            step = "refuse dialog";
            await firstRow.Locator("[data-testid=inbox-subject]").ClickAsync();
            await approver.WaitForURLAsync("**" + instanceHref);
            await E2EActions.OpenDialogAsync(approver, "Refuse");
            var dialog = approver.Locator(".mud-dialog");
            await Expect(dialog.Locator("[data-testid=action-confirm]")).ToBeDisabledAsync();
            // The grey button says what is missing; the entry's declared basis (身份证法) is offered first, marks and all.
            await Expect(dialog.Locator("[data-testid=action-missing]")).ToContainTextAsync("尚需填写");
            await Expect(dialog.Locator("[data-testid=action-missing]")).ToContainTextAsync("理由");
            await DialogScreenshotAsync(approver, "21-refuse-dialog-empty-zh");
            await dialog.Locator("[data-testid=argument-legalBasis]").ClickAsync();
            await Expect(approver.Locator(".mud-popover-open .mud-list-item").First).ToContainTextAsync("《中华人民共和国居民身份证法》");
            await approver.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
            // The list closes with a re-render of the dialog: typing before it is done can be lost.
            await Expect(approver.Locator(".mud-popover-open")).ToHaveCountAsync(0);
            await dialog.Locator("textarea[data-testid=action-comment]").FillAsync("超出履职所必需的范围");
            await Expect(dialog.Locator("[data-testid=action-confirm]")).ToBeEnabledAsync();
            await Expect(dialog.Locator("[data-testid=action-missing]")).ToHaveCountAsync(0);
            await DialogScreenshotAsync(approver, "21-refuse-dialog-zh");
            await dialog.Locator("[data-testid=action-cancel]").ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);

            step = "approve dialog";
            await E2EActions.OpenDialogAsync(approver, "Approve");
            await Expect(dialog.Locator("[data-testid=checklist-count]")).ToHaveTextAsync("已选 3/3 项");
            // The period asked for is shown and is the default: the form asks for a year from today.
            await Expect(dialog.Locator("[data-testid=argument-validUntil] input")).ToHaveValueAsync(CalendarDates.Long(today.AddYears(1), Chinese));
            await Expect(dialog.Locator("[data-testid=argument-validUntil] [data-testid=date-requested]")).ToContainTextAsync(CalendarDates.Long(today.AddYears(1), Chinese));
            await dialog.Locator("[data-testid=argument-grantedItems]").GetByText("住址", new() { Exact = true }).ClickAsync();
            await Expect(dialog.Locator("[data-testid=checklist-count]")).ToHaveTextAsync("已选 2/3 项");
            await DialogScreenshotAsync(approver, "22-approve-dialog-zh");
            await dialog.Locator("[data-testid=action-confirm]").ClickAsync();
            await Expect(approver.Locator("[data-testid=workflow-state]")).ToContainTextAsync("已同意");
            await Expect(approver.Locator("[data-testid=no-actions]")).ToBeVisibleAsync();
            await app.ScreenshotAsync(approver, "23-instance-approved");

            step = "grant";
            await requester.GotoAsync("/sharing/grants");
            var grant = requester.Locator("[data-testid=sharing-grants-table] tbody tr", new() { HasText = ResourceName });
            await Expect(grant).ToHaveCountAsync(1);
            await Expect(grant).ToContainTextAsync("姓名");
            await Expect(grant).ToContainTextAsync("公民身份号码");
            await Expect(grant).Not.ToContainTextAsync("住址");
            await Expect(grant).ToContainTextAsync(CalendarDates.Long(today.AddYears(1), Chinese));
            await app.ScreenshotAsync(requester, "24-grants-requester-rs");

            step = "notification";
            await Expect(requester.Locator(".gd-bell-badge .mud-badge")).ToHaveTextAsync("1");
            await requester.GotoAsync("/notifications");
            await Expect(requester.Locator("[data-testid=notification-row]").First).ToContainTextAsync("已获同意");
        }
        catch
        {
            await app.ScreenshotAsync(requester, "failed-share-requester-" + step.Replace(' ', '-'));
            await app.ScreenshotAsync(approver, "failed-share-approver-" + step.Replace(' ', '-'));
            await app.ScreenshotAsync(bureau, "failed-share-bureau-" + step.Replace(' ', '-'));
            throw;
        }
        finally
        {
            await requester.Context.CloseAsync();
            await approver.Context.CloseAsync();
            await bureau.Context.CloseAsync();
        }
    }

    /// <summary>requester.rs asks for 姓名, 公民身份号码 and 住址 of GA's 常住人口基本信息; returns the instance link.</summary>
    private async Task<string> SubmitRequestAsync(IPage page)
    {
        await app.SignInAsync(page, "requester.rs@govdata.local");
        await app.GotoAsync(page, "/sharing/catalog");
        await page.Locator("input[data-testid=catalog-search]").FillAsync("1.01.001/GA-0001");
        await Expect(page.Locator("[data-testid=catalog-total]")).ToHaveTextAsync("共 1 条");
        await page.GetByRole(AriaRole.Link, new() { Name = ResourceName }).ClickAsync();
        var form = page.Locator("[data-testid=sharing-request-form]");
        await form.Locator("[data-testid=sharing-purpose] input, textarea[data-testid=sharing-purpose], input[data-testid=sharing-purpose]").First.FillAsync("核验参保人员身份");
        await form.Locator("[data-testid=sharing-duty] input, textarea[data-testid=sharing-duty], input[data-testid=sharing-duty]").First.FillAsync("《社会保险法》规定的参保登记职责");
        foreach (var item in new[] { "姓名", "公民身份号码", "住址" })
        {
            await form.Locator("[data-testid=sharing-item-checks]").GetByText(item, new() { Exact = true }).ClickAsync();
        }

        await form.Locator("[data-testid=sharing-submit]").ClickAsync();
        var link = page.Locator("[data-testid=sharing-submitted] a");
        await Expect(link).ToBeVisibleAsync();
        var href = await link.GetAttributeAsync("href");
        Assert.Matches(InstanceLink(), href);
        return href!;
    }

    /// <summary>The data bureau's Reassign (zh and en) and SetDeadline dialogs on the new request, each cancelled —
    /// for the screenshots; the request stays as it was.</summary>
    private async Task BureauDialogsAsync(IPage page, string instanceHref)
    {
        await app.SignInAsync(page, "bureau@govdata.local");
        await page.GotoAsync(instanceHref);
        var dialog = page.Locator(".mud-dialog");

        await E2EActions.OpenDialogAsync(page, "Reassign");
        await Expect(dialog.Locator("[data-testid=action-confirm]")).ToBeDisabledAsync();
        await dialog.Locator("[data-testid=argument-departmentId]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Nth(2).ClickAsync();
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await dialog.Locator("textarea[data-testid=argument-reason]").FillAsync("职责调整，改由其他部门答复");
        await Expect(dialog.Locator("[data-testid=action-confirm]")).ToBeEnabledAsync();
        await DialogScreenshotAsync(page, "25-reassign-dialog-zh");
        await dialog.Locator("[data-testid=action-cancel]").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        await E2EActions.OpenDialogAsync(page, "SetDeadline");
        await dialog.Locator("[data-testid=argument-dueOn] input").ClickAsync();
        await page.Locator(".mud-popover-open button.mud-day:not([disabled]):not(.mud-hidden):not(.mud-adjacent-month)").Last.ClickAsync();
        await Expect(dialog.Locator("[data-testid=argument-dueOn] [data-testid=date-hint]")).ToContainTextAsync("个工作日");
        await DialogScreenshotAsync(page, "26-set-deadline-dialog-zh");

        await page.ReloadAsync();
        await page.ClickAsync("[data-testid=language-switch]");
        await page.ClickAsync("[data-testid=lang-en]");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await E2EActions.OpenDialogAsync(page, "Reassign");
        await Expect(dialog.Locator("[data-testid=action-confirm]")).ToContainTextAsync("Reassign");
        await DialogScreenshotAsync(page, "27-reassign-dialog-en");
    }

    // The viewport only: a full-page shot cuts the dialog's overlay at the window's height.
    private Task DialogScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.ScreenshotDirectory, name + ".png") });

    private static WorkingDayCalendar Calendar()
    {
        var files = HolidayFile.Embedded();
        return new WorkingDayCalendar(
            files.SelectMany(f => f.Days.Select(d => new CalendarDay(d.Date, d.IsOffDay, d.Name))),
            files.Select(f => f.Year));
    }

    [GeneratedRegex(@"^/workflows/\d+$")]
    private static partial Regex InstanceLink();
}
