using System.Globalization;
using Bunit;
using GovData.Domain.Calendar;
using GovData.Tests.Support;
using GovData.Web.Components.Pages.Workflows;
using GovData.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace GovData.Tests.Web.Workflows;

/// <summary>The decision dialog over given choices: checklists, pickers, dates and the required reason.</summary>
public sealed class WorkflowActionDialogTests : GovDataBunitContext
{
    private static readonly DateOnly Today = new(2025, 9, 30);

    private static readonly AvailableAction Approve = new("Approve", TriggerKind.Transition, "Approved",
        [new ArgumentSpec("grantedItems", ArgumentKind.TextList, true), new ArgumentSpec("validUntil", ArgumentKind.Date, true)]);

    private static readonly AvailableAction Refuse = new("Refuse", TriggerKind.Transition, "Refused", [new ArgumentSpec("legalBasis", ArgumentKind.Text, true)]);

    private static readonly AvailableAction Reassign = new("Reassign", TriggerKind.Reassign, "Submitted",
        [new ArgumentSpec("reason", ArgumentKind.Text, true), new ArgumentSpec("departmentId", ArgumentKind.DepartmentId, true), new ArgumentSpec("role", ArgumentKind.Text, false)]);

    private static readonly AvailableAction SetDeadline = new("SetDeadline", TriggerKind.SetDeadline, "Submitted",
        [new ArgumentSpec("reason", ArgumentKind.Text, true), new ArgumentSpec("dueOn", ArgumentKind.Date, true)]);

    public WorkflowActionDialogTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        RenderProviders();
    }

    [Fact]
    public async Task Approve_TwoOfThreeItems_ReturnsThoseItemsAndValidUntilIn90Days()
    {
        var dialog = await ShowAsync(Approve, Offers(("grantedItems", Items()), ("validUntil", new ArgumentOffer([new("2025-12-29", "2025-12-29", Preselected: true)], Today.AddDays(1)))));

        Assert.Equal("已选 3/3 项", Dialogs.Find("[data-testid=checklist-count]").TextContent);
        Assert.Equal("2025年12月29日", Dialogs.Find("[data-testid=argument-validUntil] input").GetAttribute("value"));
        Assert.Equal("须晚于今天", Dialogs.Find("[data-testid=argument-validUntil] [data-testid=date-hint]").TextContent);
        CheckBox("option-12").Change(false);

        Dialogs.WaitForAssertion(() => Assert.Equal("已选 2/3 项", Dialogs.Find("[data-testid=checklist-count]").TextContent), WaitTimeout);
        Assert.Equal("确认同意", Dialogs.Find("[data-testid=action-confirm]").TextContent.Trim());
        Dialogs.Find("[data-testid=action-confirm]").Click();
        var input = await InputAsync(dialog);
        Assert.Equal("11\n13", input.Arguments["grantedItems"]);
        Assert.Equal("2025-12-29", input.Arguments["validUntil"]);
    }

    [Fact]
    public async Task Approve_NoItemTicked_KeepsConfirmDisabled()
    {
        await ShowAsync(Approve, Offers(("grantedItems", Items()), ("validUntil", new ArgumentOffer([new("2025-12-29", "2025-12-29", Preselected: true)], Today.AddDays(1)))));

        foreach (var id in new[] { "option-11", "option-12", "option-13" })
        {
            CheckBox(id).Change(false);
        }

        Dialogs.WaitForAssertion(() => Assert.NotNull(Dialogs.Find("[data-testid=checklist-empty]")), WaitTimeout);
        Assert.True(Dialogs.Find("[data-testid=action-confirm]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Approve_ValidUntilToday_IsRejectedAsTooEarly()
    {
        await ShowAsync(Approve, Offers(("grantedItems", Items()), ("validUntil", new ArgumentOffer([new("2025-12-29", "2025-12-29", Preselected: true)], Today.AddDays(1)))));
        Assert.False(Dialogs.Find("[data-testid=action-confirm]").HasAttribute("disabled"));

        var picker = Dialogs.FindComponent<MudDatePicker>();
        await Dialogs.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(Today.ToDateTime(TimeOnly.MinValue)));

        Dialogs.WaitForAssertion(() => Assert.True(Dialogs.Find("[data-testid=action-confirm]").HasAttribute("disabled")), WaitTimeout);
        Assert.Contains("mud-error-text", Dialogs.Find("[data-testid=argument-validUntil] [data-testid=date-hint]").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuse_WithoutBasis_KeepsConfirmDisabled_UntilBasisAndReasonAreGiven()
    {
        var bases = new ArgumentOffer([new("1", "《中华人民共和国测绘法》第三十四条", "属于国家秘密的测绘成果……"), new("2", "《中华人民共和国个人信息保护法》第十三条", "处理个人信息的合法性基础……")]);
        var dialog = await ShowAsync(Refuse, Offers(("legalBasis", bases)) with { CommentRequired = true });
        Assert.Contains("理由（必填）", Dialogs.Markup, StringComparison.Ordinal);

        Dialogs.Find("textarea[data-testid=action-comment]").Input("超出履职所必需的范围");
        Assert.True(Dialogs.Find("[data-testid=action-confirm]").HasAttribute("disabled"));

        var select = Dialogs.FindComponent<MudSelect<string>>();
        await Dialogs.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("2"));
        Dialogs.WaitForAssertion(() => Assert.False(Dialogs.Find("[data-testid=action-confirm]").HasAttribute("disabled")), WaitTimeout);
        Dialogs.Find("textarea[data-testid=action-comment]").Input(" ");
        Dialogs.WaitForAssertion(() => Assert.True(Dialogs.Find("[data-testid=action-confirm]").HasAttribute("disabled")), WaitTimeout);
        Dialogs.Find("textarea[data-testid=action-comment]").Input("超出履职所必需的范围");

        Dialogs.WaitForAssertion(() => Assert.False(Dialogs.Find("[data-testid=action-confirm]").HasAttribute("disabled")), WaitTimeout);
        Dialogs.Find("[data-testid=action-confirm]").Click();
        var input = await InputAsync(dialog);
        Assert.Equal("2", input.Arguments["legalBasis"]);
        Assert.Equal("超出履职所必需的范围", input.Comment);
    }

    [Fact]
    public async Task Reassign_PicksADepartmentFromTheList()
    {
        var departments = new ArgumentOffer([new("3", "市公安局", "GA"), new("7", "市卫生健康委员会", "WJ")]);
        var dialog = await ShowAsync(Reassign, Offers(("departmentId", departments)));

        Dialogs.Find("textarea[data-testid=argument-reason]").Input("职责调整");
        var select = Dialogs.FindComponent<MudSelect<string>>();
        await Dialogs.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("7"));

        Dialogs.WaitForAssertion(() => Assert.False(Dialogs.Find("[data-testid=action-confirm]").HasAttribute("disabled")), WaitTimeout);
        Assert.Contains("市卫生健康委员会", Dialogs.Markup, StringComparison.Ordinal);
        Dialogs.Find("[data-testid=action-confirm]").Click();
        var input = await InputAsync(dialog);
        Assert.Equal("7", input.Arguments["departmentId"]);
        Assert.Equal("职责调整", input.Arguments["reason"]);
        Assert.False(input.Arguments.ContainsKey("role"));
    }

    [Fact]
    public async Task Reassign_RoleIsAPickerOfTheRolesThatMayAct_InWords_TheCurrentOnePreselected()
    {
        var departments = new ArgumentOffer([new("3", "市公安局", "GA")]);
        var roles = new ArgumentOffer([new("Approver", "Approver", Preselected: true), new("Requester", "Requester")]);
        var dialog = await ShowAsync(Reassign, Offers(("departmentId", departments), ("role", roles)));

        var role = Dialogs.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "办理角色");
        Assert.Equal("审核人", role.Find("input").GetAttribute("value"));
        Dialogs.Find("textarea[data-testid=argument-reason]").Input("职责调整");
        var department = Dialogs.FindComponents<MudSelect<string>>().First();
        await Dialogs.InvokeAsync(() => department.Instance.ValueChanged.InvokeAsync("3"));
        Dialogs.WaitForAssertion(() => Assert.False(Dialogs.Find("[data-testid=action-confirm]").HasAttribute("disabled")), WaitTimeout);
        Dialogs.Find("[data-testid=action-confirm]").Click();
        var input = await InputAsync(dialog);
        Assert.Equal("Approver", input.Arguments["role"]);
    }

    [Fact]
    public async Task Refuse_Empty_SaysWhatIsMissing_UntilEverythingIsThere()
    {
        await ShowAsync(Refuse, Offers(("legalBasis", new ArgumentOffer([new("2", "《中华人民共和国居民身份证法》第六条")]))) with { CommentRequired = true });

        Assert.True(Dialogs.Find("[data-testid=action-confirm]").HasAttribute("disabled"));
        var missing = Dialogs.Find("[data-testid=action-missing]").TextContent;
        Assert.Contains("尚需填写", missing, StringComparison.Ordinal);
        Assert.Contains("理由", missing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_ShowsThePeriodAskedFor_UnderValidUntil()
    {
        await ShowAsync(Approve, Offers(("grantedItems", Items()), ("validUntil", new ArgumentOffer([new("2026-10-08", "2026-10-08", "2025-10-09/2026-10-08", Preselected: true)], Today.AddDays(1)))));

        Assert.Equal("2026年10月8日", Dialogs.Find("[data-testid=argument-validUntil] input").GetAttribute("value"));
        Assert.Equal("申请的使用期限：2025年10月9日至2026年10月8日", Dialogs.Find("[data-testid=argument-validUntil] [data-testid=date-requested]").TextContent);
    }

    [Fact]
    public async Task SetDeadline_ShowsWorkingDaysFromToday()
    {
        var calendar = new WorkingDayCalendar([], [2025]);
        await ShowAsync(SetDeadline, Offers(("dueOn", new ArgumentOffer([], Today))) with { Calendar = calendar });

        var picker = Dialogs.FindComponent<MudDatePicker>();
        await Dialogs.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(new DateTime(2025, 10, 7)));

        var expected = calendar.WorkingDaysBetween(Today, new DateOnly(2025, 10, 7));
        Dialogs.WaitForAssertion(() => Assert.Equal($"距今天 {expected} 个工作日", Dialogs.Find("[data-testid=argument-dueOn] [data-testid=date-hint]").TextContent), WaitTimeout);
    }

    [Fact]
    public async Task OpenDataRequestMaterial_HintSaysTheApplicantReadsIt_NotTheShareRequestsWording()
    {
        var requestMaterial = new AvailableAction("RequestMaterial", TriggerKind.Transition, "AwaitingMaterial", []);

        await ShowAsync(requestMaterial, Offers() with { CommentRequired = true }, "OpenDataApplication");

        Assert.Contains("申请人会看到：写明需补正的材料", Dialogs.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("不予共享", Dialogs.Markup, StringComparison.Ordinal);
    }

    private static ArgumentOffer Items() =>
        new([new("11", "姓名", "公民姓名", true), new("12", "公民身份号码", "18 位身份号码", true), new("13", "住址", "户籍地址", true)]);

    private static ArgumentOffers Offers(params (string Name, ArgumentOffer Offer)[] offers) =>
        new(offers.ToDictionary(o => o.Name, o => o.Offer, StringComparer.Ordinal), false, Today, WorkingDayCalendar.Empty);

    private AngleSharp.Dom.IElement CheckBox(string testId)
    {
        var element = Dialogs.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input[type=checkbox]")!;
    }

    private async Task<IDialogReference> ShowAsync(AvailableAction action, ArgumentOffers offers, string process = "")
    {
        var service = Services.GetRequiredService<IDialogService>();
        IDialogReference? reference = null;
        await Dialogs.InvokeAsync(async () => reference = await service.ShowAsync<WorkflowActionDialog>(
            action.Trigger, new DialogParameters<WorkflowActionDialog> { { d => d.Process, process }, { d => d.Action, action }, { d => d.Offers, offers } }));
        Dialogs.WaitForElement("[data-testid=action-confirm]", WaitTimeout);
        return reference!;
    }

    private static async Task<WorkflowActionInput> InputAsync(IDialogReference dialog)
    {
        var result = await dialog.Result.WaitAsync(WaitTimeout);
        Assert.False(result!.Canceled);
        return Assert.IsType<WorkflowActionInput>(result.Data);
    }
}
