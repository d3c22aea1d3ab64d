using Bunit;
using GovData.Domain.Catalog;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Tests.Workflows.Catalog;
using GovData.Web.Components.Pages.Catalog.Drafts;
using GovData.Web.Components.Pages.Catalog.Editor;
using GovData.Workflows.Catalog;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace GovData.Tests.Web.Catalog;

/// <summary>The editor shows each broken rule at its field (item rules at the item's row), the bureau's return comment,
/// and nothing of another department's entry; the drafts page lists the department's own drafts only.</summary>
public sealed class CatalogEditorPageTests : BunitContext, IClassFixture<CatalogReviewFixture>, IAsyncLifetime
{
    private const string CatalogGa = "catalog.ga@govdata.local";
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(10);

    private readonly CatalogReviewFixture _fixture;

    public CatalogEditorPageTests(CatalogReviewFixture fixture)
    {
        _fixture = fixture;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(fixture.Get<GetCatalogDraft>());
        Services.AddSingleton(fixture.Get<SaveCatalogDraft>());
        Services.AddSingleton(fixture.Get<SubmitCatalogDraft>());
        Services.AddSingleton(fixture.Get<CheckCatalogDraft>());
        Services.AddSingleton(fixture.Get<ListCatalogDrafts>());
        Services.AddSingleton(fixture.Get<ListLegalBases>());
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    [Fact]
    public async Task Submit_ShowsEachViolationAtItsField_AndTheItemViolationAtItsRow()
    {
        var broken = TestCatalog.Content("3.07.001/GA-0301", "违法记录统计", ShareType.Conditional, OpenType.NotOpen) with { LegalBasis = null };
        broken = broken with { Items = [broken.Items[0], broken.Items[0] with { Name = "违法类型", EnglishName = "违法" }] };
        var resourceId = await SaveAsync(broken);
        this.SignInAs(await _fixture.UserAsync(CatalogGa), "zh-CN");
        var cut = RenderEditor(resourceId);

        cut.Find("[data-testid=editor-submit]").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=editor-violations]")), WaitTimeout);
        var basis = cut.Find("[data-testid=section-legal-basis]");
        Assert.Contains("须填写法律", basis.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", cut.Find("[data-testid=item-row-1]").GetAttribute("data-invalid"));
        Assert.Equal("false", cut.Find("[data-testid=item-row-0]").GetAttribute("data-invalid"));
        Assert.Contains("英文名称", cut.Find("[data-testid=item-row-1]").TextContent, StringComparison.Ordinal);
        Assert.Contains("信息项 2", cut.Find("[data-testid=editor-violations]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_InEnglish_WordsTheViolationsInEnglish()
    {
        var resourceId = await SaveAsync(TestCatalog.Content("3.07.002/GA-0302", "违法车辆信息") with { Items = [] });
        this.SignInAs(await _fixture.UserAsync(CatalogGa), "en");
        var cut = RenderEditor(resourceId);

        cut.Find("[data-testid=editor-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains("data item", cut.Find("[data-testid=items-error]").TextContent, StringComparison.OrdinalIgnoreCase), WaitTimeout);
        Assert.Contains("problem", cut.Find("[data-testid=editor-violations]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnedDraft_ShowsTheBureausComment()
    {
        var catalog = await _fixture.UserAsync(CatalogGa);
        var resourceId = await SaveAsync(TestCatalog.Content("3.07.003/GA-0303", "驾驶证记分信息"));
        var submitted = await _fixture.Get<SubmitCatalogDraft>().ExecuteAsync(catalog, resourceId);
        var returned = await _fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(submitted.InstanceId!.Value, CatalogReviewWorkflowV1.Return, Comment: "请补充记分规则的法律依据。"),
            await _fixture.UserAsync("bureau@govdata.local"));
        Assert.True(returned.Succeeded, returned.MessageKey);

        this.SignInAs(await _fixture.UserAsync(CatalogGa), "zh-CN");
        var cut = RenderEditor(resourceId);

        cut.WaitForAssertion(() => Assert.Equal("请补充记分规则的法律依据。", cut.Find("[data-testid=editor-returned-comment]").TextContent.Trim()), WaitTimeout);
        Assert.NotEmpty(cut.FindAll("[data-testid=editor-submit]"));
        var drafts = Render<CatalogDraftsPage>();
        drafts.WaitForAssertion(() => Assert.Contains("请补充记分规则的法律依据。", drafts.Find($"[data-testid=draft-{resourceId}]").TextContent, StringComparison.Ordinal), WaitTimeout);
    }

    [Fact]
    public async Task AnotherDepartmentsCatalogManager_GetsNotFound_AndDoesNotSeeTheDraft()
    {
        var resourceId = await SaveAsync(TestCatalog.Content("3.07.004/GA-0304", "交通违法处理信息"));

        this.SignInAs(await _fixture.UserAsync("catalog.rs@govdata.local"), "zh-CN");
        var cut = RenderEditor(resourceId);

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=editor-not-found]")), WaitTimeout);
        Assert.Empty(cut.FindAll("[data-testid=editor-save]"));
        var drafts = Render<CatalogDraftsPage>();
        drafts.WaitForAssertion(() => Assert.DoesNotContain("GA-0304", drafts.Markup, StringComparison.Ordinal), WaitTimeout);
    }

    [Fact]
    public async Task Save_AfterSomeoneElseSaved_SaysSo_AndKeepsTheOtherSave()
    {
        var content = TestCatalog.Content("3.07.005/GA-0305", "机动车登记信息");
        var resourceId = await SaveAsync(content);
        this.SignInAs(await _fixture.UserAsync(CatalogGa), "zh-CN");
        var cut = RenderEditor(resourceId);
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=editor-save]")), WaitTimeout);
        await SaveAsync(content with { Name = "机动车登记信息（他人修改）" }, resourceId);

        cut.Find("[data-testid=editor-save]").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=editor-conflict]")), WaitTimeout);
        var view = await _fixture.Get<GetCatalogDraft>().ExecuteAsync(await _fixture.UserAsync(CatalogGa), resourceId);
        Assert.Equal("机动车登记信息（他人修改）", view!.Content.Name);
    }

    [Fact]
    public async Task NewEntry_FailedFirstSubmit_ShowsEveryProblemAtOnce_AndSavesNothing_ClassCodeFromTheCode()
    {
        this.SignInAs(await _fixture.UserAsync(CatalogGa), "zh-CN");
        var cut = RenderWithPopovers<CatalogEditorPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=editor-submit]")), WaitTimeout);

        await cut.Find("input[data-testid=field-Code]").ChangeAsync(new() { Value = "3.07.009/GA-0309" });
        await cut.Find("input[data-testid=field-Name]").ChangeAsync(new() { Value = "只填了名称的条目" });
        cut.WaitForAssertion(() => Assert.Equal("3.07.009", cut.Find("input[data-testid=field-ClassCode]").GetAttribute("value")), WaitTimeout);
        cut.Find("[data-testid=editor-submit]").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=editor-violations]")), WaitTimeout);
        // Several fields at once (not one banner at a time), and no draft behind the user's back.
        Assert.True(cut.FindAll(".mud-input-error").Count >= 2);
        await using var db = _fixture.Database.CreateDbContext();
        Assert.False(await db.DataResources.AnyAsync(r => r.Name == "只填了名称的条目"));
    }

    private async Task<int> SaveAsync(CatalogEntryContent content, int? resourceId = null)
    {
        var saved = await _fixture.Get<SaveCatalogDraft>().ExecuteAsync(await _fixture.UserAsync(CatalogGa), new SaveCatalogDraftCommand(resourceId, content));
        Assert.True(saved.Succeeded, saved.ErrorKey);
        return saved.ResourceId!.Value;
    }

    private IRenderedComponent<CatalogEditorPage> RenderEditor(int resourceId) => RenderWithPopovers<CatalogEditorPage>(p => p.Add(c => c.Id, resourceId));

    private IRenderedComponent<T> RenderWithPopovers<T>(Action<ComponentParameterCollectionBuilder<T>>? parameters = null)
        where T : IComponent
    {
        Render<MudPopoverProvider>();
        return Render(parameters ?? (_ => { }));
    }
}
