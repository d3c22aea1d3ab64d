using System.Globalization;
using Bunit;
using GovData.Domain.Catalog;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Tests.Workflows.Catalog;
using GovData.Web.Components.Pages.Catalog;
using GovData.Workflows.Catalog;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace GovData.Tests.Web.Catalog;

/// <summary>
/// The entry detail and version pages: sections, items, history, actions, what a version changed (translated), and the
/// not-found answer for entries the reader may not see. GA-9003 has two versions; GA-9004 is the one the retire test retires.
/// </summary>
public sealed class CatalogDetailPagesTests : BunitContext, IClassFixture<DemoCatalogFixture>, IAsyncLifetime
{
    private const string Versioned = "3.09.003/GA-9003";
    private const string Retirable = "3.09.004/GA-9004";
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(10);
    private static readonly SemaphoreSlim SeedLock = new(1, 1);

    private readonly DemoCatalogFixture _fixture;

    public CatalogDetailPagesTests(DemoCatalogFixture fixture)
    {
        _fixture = fixture;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<IDbContextFactory<GovDataDbContext>>(fixture.Database);
        Services.AddSingleton(TimeProvider.System);
        Services.AddGovDataUnitOfWork();
        Services.AddScoped<GetDataResource>();
        Services.AddScoped<GetCatalogVersions>();
        Services.AddScoped<GetCatalogVersionDiff>();
        Services.AddScoped<RetireCatalogEntry>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public async Task InitializeAsync()
    {
        await SeedLock.WaitAsync();
        try
        {
            await using var db = _fixture.Database.WriteContext();
            if (await db.DataResources.AnyAsync(r => r.Code == ResourceCode.Parse(Versioned)))
            {
                return;
            }

            var ga = _fixture.DepartmentIds["GA"];
            var first = TestCatalog.Content(Versioned, "暂住登记统计");
            var name = first.Items[0];
            var resource = await TestCatalog.AddAsync(db, first with { Items = [name, name with { Name = "旧字段", EnglishName = "old_field" }] }, ga, CatalogStatus.Published);
            var second = TestCatalog.Content(Versioned, "居住登记统计", ShareType.Conditional, OpenType.OnApplication);
            db.CatalogVersions.Add(resource.Publish(
                second with { Items = [second.Items[0] with { Length = 200 }, second.Items[0] with { Name = "证件号码", EnglishName = "id_number" }] },
                new CatalogRuleContext(), "system", "王审核", new DateOnly(2026, 3, 2), new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc)));
            await db.SaveChangesAsync();
            await TestCatalog.AddAsync(db, TestCatalog.Content(Retirable, "待停用的统计"), ga, CatalogStatus.Published);
        }
        finally
        {
            SeedLock.Release();
        }
    }

    // MudBlazor's services dispose only asynchronously.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private async Task SignInAsync(string email)
    {
        this.SignIn(await _fixture.UserAsync(email));
        Render<MudPopoverProvider>();
    }

    private static void UseCulture(string culture) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

    [Fact]
    public async Task Detail_ShowsSectionsItemsHistoryAndActions_ToTheCatalogManager()
    {
        UseCulture("zh-CN");
        await SignInAsync("catalog.ga@govdata.local");
        var id = await _fixture.ResourceIdAsync(Versioned);

        var cut = Render<CatalogResourceDetailPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Equal("居住登记统计", cut.Find("h1").TextContent.Trim()), WaitTimeout);
        Assert.Equal("已发布", cut.Find("[data-testid=catalog-detail-status]").TextContent.Trim());
        Assert.Contains("有条件共享", cut.Find("[data-testid=catalog-section-share]").TextContent, StringComparison.Ordinal);
        Assert.Contains(TestCatalog.Basis, cut.Find("[data-testid=catalog-section-share]").TextContent, StringComparison.Ordinal);
        Assert.Contains("当前版本 v2", cut.Markup, StringComparison.Ordinal);
        var items = cut.Find("[data-testid=catalog-items]").TextContent;
        Assert.Contains("证件号码", items, StringComparison.Ordinal);
        Assert.Contains("id_number", items, StringComparison.Ordinal);
        Assert.DoesNotContain("旧字段", items, StringComparison.Ordinal);
        Assert.Equal(2, cut.FindAll("[data-testid=catalog-history-version]").Count);
        Assert.Contains($"/catalog/resources/{id}/versions/2", cut.Find("[data-testid=catalog-history]").InnerHtml, StringComparison.Ordinal);
        Assert.Equal($"/catalog/resources/{id}/edit", cut.Find("[data-testid=catalog-revise]").GetAttribute("href"));
        Assert.NotNull(cut.Find("[data-testid=catalog-retire]"));
    }

    [Theory]
    [InlineData("bureau@govdata.local")]
    [InlineData("requester.rs@govdata.local")]
    public async Task Detail_HasNoActions_ForOthersThanTheDepartmentsCatalogManager(string email)
    {
        UseCulture("zh-CN");
        await SignInAsync(email);
        var id = await _fixture.ResourceIdAsync(Versioned);

        var cut = Render<CatalogResourceDetailPage>(p => p.Add(x => x.Id, id));

        cut.WaitForAssertion(() => Assert.Equal("居住登记统计", cut.Find("h1").TextContent.Trim()), WaitTimeout);
        Assert.Empty(cut.FindAll("[data-testid=catalog-revise]"));
        Assert.Empty(cut.FindAll("[data-testid=catalog-retire]"));
    }

    [Fact]
    public async Task Detail_OfAnotherDepartmentsDraft_IsTheSameAsAMissingId()
    {
        UseCulture("zh-CN");
        await SignInAsync("requester.rs@govdata.local");
        var draft = await _fixture.ResourceIdAsync("3.09.001/GA-9001");

        var hidden = Render<CatalogResourceDetailPage>(p => p.Add(x => x.Id, draft));
        var missing = Render<CatalogResourceDetailPage>(p => p.Add(x => x.Id, int.MaxValue));

        hidden.WaitForAssertion(() => Assert.NotNull(hidden.Find("[data-testid=catalog-not-found]")), WaitTimeout);
        missing.WaitForAssertion(() => Assert.NotNull(missing.Find("[data-testid=catalog-not-found]")), WaitTimeout);
        Assert.Equal(missing.Find("[data-testid=catalog-not-found]").TextContent, hidden.Find("[data-testid=catalog-not-found]").TextContent);
        Assert.Equal(missing.FindAll("a").Select(a => a.GetAttribute("href")), hidden.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("流动人口", hidden.Markup, StringComparison.Ordinal);
        Assert.Contains("目录不存在或无权查看", hidden.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retire_AfterConfirming_RetiresTheEntry()
    {
        UseCulture("zh-CN");
        await SignInAsync("catalog.ga@govdata.local");
        var dialogs = Render<MudDialogProvider>();
        var id = await _fixture.ResourceIdAsync(Retirable);
        var cut = Render<CatalogResourceDetailPage>(p => p.Add(x => x.Id, id));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=catalog-retire]")), WaitTimeout);

        // Not awaited: the handler waits for the dialog's answer.
        cut.Find("[data-testid=catalog-retire]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("确认停用", dialogs.Markup, StringComparison.Ordinal), WaitTimeout);
        dialogs.FindAll("button").Single(b => b.TextContent.Contains("确认停用", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Equal("已停用", cut.Find("[data-testid=catalog-detail-status]").TextContent.Trim()), WaitTimeout);
        Assert.Empty(cut.FindAll("[data-testid=catalog-retire]"));
        await using var db = _fixture.Database.CreateDbContext();
        Assert.Equal(CatalogStatus.Retired, await db.DataResources.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
    }

    [Fact]
    public async Task Version2_ShowsTheChangedFieldsTranslated_AndTheItemsAddedRemovedChanged_InChinese()
    {
        UseCulture("zh-CN");
        await SignInAsync("requester.rs@govdata.local");
        var id = await _fixture.ResourceIdAsync(Versioned);

        var cut = Render<CatalogVersionPage>(p => p.Add(x => x.Id, id).Add(x => x.Number, 2));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=catalog-diff]")), WaitTimeout);
        var share = cut.Find("[data-testid=catalog-diff-fields] tr[data-field=ShareType]").TextContent;
        Assert.Contains("共享类型", share, StringComparison.Ordinal);
        Assert.Contains("无条件共享", share, StringComparison.Ordinal);
        Assert.Contains("有条件共享", share, StringComparison.Ordinal);
        Assert.Contains("居住登记统计", cut.Find("[data-testid=catalog-diff-fields] tr[data-field=Name]").TextContent, StringComparison.Ordinal);
        Assert.Contains("证件号码", cut.Find("[data-testid=catalog-diff-added]").TextContent, StringComparison.Ordinal);
        Assert.Contains("旧字段", cut.Find("[data-testid=catalog-diff-removed]").TextContent, StringComparison.Ordinal);
        var changed = cut.Find("[data-testid=catalog-diff-item]").TextContent;
        Assert.Contains("名称", changed, StringComparison.Ordinal);
        Assert.Contains("200", changed, StringComparison.Ordinal);
        Assert.Contains("王审核", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=catalog-version-first]"));
        Assert.Contains($"/catalog/resources/{id}/versions/1", cut.Find("[data-testid=catalog-version-previous]").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version2_InEnglish_TranslatesFieldLabelsAndValues()
    {
        UseCulture("en");
        await SignInAsync("bureau@govdata.local");
        var id = await _fixture.ResourceIdAsync(Versioned);

        var cut = Render<CatalogVersionPage>(p => p.Add(x => x.Id, id).Add(x => x.Number, 2));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=catalog-diff]")), WaitTimeout);
        var open = cut.Find("[data-testid=catalog-diff-fields] tr[data-field=OpenType]").TextContent;
        Assert.Contains("Open type", open, StringComparison.Ordinal);
        Assert.Contains("On application", open, StringComparison.Ordinal);
        Assert.DoesNotContain("OnApplication", open, StringComparison.Ordinal);
        Assert.Contains("Compared with v1", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version1_SaysFirstPublication_AndListsItsItems()
    {
        UseCulture("zh-CN");
        await SignInAsync("catalog.ga@govdata.local");
        var id = await _fixture.ResourceIdAsync(Versioned);

        var cut = Render<CatalogVersionPage>(p => p.Add(x => x.Id, id).Add(x => x.Number, 1));

        cut.WaitForAssertion(() => Assert.Contains("首次发布", cut.Find("[data-testid=catalog-version-first]").TextContent, StringComparison.Ordinal), WaitTimeout);
        Assert.Contains("旧字段", cut.Find("[data-testid=catalog-items]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=catalog-diff]"));
        Assert.Contains($"/catalog/resources/{id}/versions/2", cut.Find("[data-testid=catalog-version-next]").GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_OfAnotherDepartmentsDraft_IsNotFound()
    {
        UseCulture("zh-CN");
        await SignInAsync("requester.rs@govdata.local");
        var draft = await _fixture.ResourceIdAsync("3.09.001/GA-9001");

        var cut = Render<CatalogVersionPage>(p => p.Add(x => x.Id, draft).Add(x => x.Number, 1));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=catalog-not-found]")), WaitTimeout);
    }
}
