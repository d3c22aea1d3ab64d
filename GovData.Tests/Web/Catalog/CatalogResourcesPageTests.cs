using System.Globalization;
using System.Security.Claims;
using Bunit;
using GovData.Domain.Identity;
using GovData.Tests.Workflows.Catalog;
using GovData.Web.Components.Pages.Catalog;
using GovData.Workflows.Catalog;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace GovData.Tests.Web.Catalog;

public sealed class CatalogResourcesPageTests : BunitContext, IClassFixture<DemoCatalogFixture>, IAsyncLifetime
{
    // Generous: the grid loads from SQLite after the first render, and CI shares 2 cores with everything else.
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(10);

    private readonly DemoCatalogFixture _fixture;
    private IRenderedComponent<MudPopoverProvider>? _popovers;

    public CatalogResourcesPageTests(DemoCatalogFixture fixture)
    {
        _fixture = fixture;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<IDbContextFactory<GovDataDbContext>>(fixture.Database);
        Services.AddScoped<ListDataResources>();
        Services.AddSingleton(TimeProvider.System);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private async Task<IRenderedComponent<CatalogResources>> RenderAsAsync(string email, string departmentName, string culture, string? url = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var user = await _fixture.UserAsync(email);
        var auth = AddAuthorization();
        auth.SetAuthorized(user.UserName);
        auth.SetRoles([.. user.Roles]);
        auth.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, user.UserId),
            new Claim(GovDataClaims.DepartmentId, user.DepartmentId!.Value.ToString(CultureInfo.InvariantCulture)),
            new Claim(GovDataClaims.DepartmentName, departmentName),
            new Claim(GovDataClaims.DepartmentIsDataBureau, user.DepartmentIsDataBureau ? "true" : "false"),
            user.DepartmentIsDataBureau ? GovDataClaims.Supervised(user.SupervisedDepartmentIds) : new Claim("govdata:test", "none"));
        _popovers = Render<MudPopoverProvider>();
        if (url is not null)
        {
            Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo(url);
        }

        return Render<CatalogResources>();
    }

    [Fact]
    public async Task DepartmentUser_SeesTheOwnDepartmentsCatalogOnly_InEveryStatus_InChinese()
    {
        var cut = await RenderAsAsync("catalog.ga@govdata.local", "市公安局", "zh-CN");

        // The count and the grid rows render in separate batches: wait for both.
        cut.WaitForAssertion(
            () =>
            {
                Assert.Equal("共 6 条", cut.Find("[data-testid=catalog-total]").TextContent.Trim());
                Assert.Contains("3.09.001/GA-9001", cut.Markup, StringComparison.Ordinal);
            },
            WaitTimeout);
        Assert.Equal("数据资源目录", cut.Find("h1").TextContent.Trim());
        Assert.Contains("市公安局的全部目录条目", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("Department", cut.Find("[data-testid=catalog-browser]").GetAttribute("data-scope"));
        Assert.DoesNotContain("3.09.001/RS-9001", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("1.02.001/SCJG-0001", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("有条件共享", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(
            new[] { "草稿", "已发布", "已发布", "已发布", "已发布", "已停用" }.Order(StringComparer.Ordinal),
            cut.FindAll("[data-testid=catalog-row-status]").Select(c => c.TextContent.Trim()).Order(StringComparer.Ordinal));
        Assert.Equal(6, cut.FindAll("tbody tr.mud-table-row").Count);
        // Department staff have no department filter: their catalog is their department's.
        Assert.Empty(cut.FindAll("[data-testid=catalog-filter-department]"));
    }

    [Theory]
    [InlineData("catalog.ga@govdata.local", true)]
    [InlineData("approver.ga@govdata.local", false)]
    public async Task NewAndImportButtons_AreForTheCatalogManager(string email, bool shown)
    {
        var cut = await RenderAsAsync(email, "市公安局", "zh-CN");

        if (shown)
        {
            Assert.Equal("/catalog/resources/new", cut.Find("[data-testid=catalog-new]").GetAttribute("href"));
            Assert.Equal("/catalog/import", cut.Find("[data-testid=catalog-import]").GetAttribute("href"));
        }
        else
        {
            Assert.Empty(cut.FindAll("[data-testid=catalog-new]"));
            Assert.Empty(cut.FindAll("[data-testid=catalog-import]"));
        }
    }

    [Fact]
    public async Task FiltersInTheUrl_AreAppliedOnLoad()
    {
        var cut = await RenderAsAsync("bureau@govdata.local", "市大数据管理局", "zh-CN", "/catalog/resources?share=NotShared&class=Theme");

        cut.WaitForAssertion(() => Assert.Equal("共 1 条", cut.Find("[data-testid=catalog-total]").TextContent.Trim()), WaitTimeout);
        Assert.Contains("2.01.001/WJ-0001", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("不予共享", cut.Find("[data-testid=catalog-grid]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingAFilter_PutsItInTheUrl_AndBackRestoresTheList()
    {
        var cut = await RenderAsAsync("bureau@govdata.local", "市大数据管理局", "zh-CN", "/catalog/resources");
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        cut.WaitForAssertion(() => Assert.Equal($"共 {DemoCatalogFixture.Total} 条", cut.Find("[data-testid=catalog-total]").TextContent.Trim()), WaitTimeout);

        cut.Find("input[data-testid=catalog-filter-stale]").Change(true);

        cut.WaitForAssertion(() => Assert.EndsWith("/catalog/resources?stale=true", navigation.Uri, StringComparison.Ordinal), WaitTimeout);
        cut.WaitForAssertion(() => Assert.NotEqual($"共 {DemoCatalogFixture.Total} 条", cut.Find("[data-testid=catalog-total]").TextContent.Trim()), WaitTimeout);
        Assert.All(cut.FindAll("tbody tr.mud-table-row"), row => Assert.NotNull(row.QuerySelector("[data-testid=catalog-row-stale]")));

        navigation.NavigateTo("/catalog/resources");

        cut.WaitForAssertion(() => Assert.Equal($"共 {DemoCatalogFixture.Total} 条", cut.Find("[data-testid=catalog-total]").TextContent.Trim()), WaitTimeout);
    }

    [Fact]
    public async Task SearchBoxCommittingTheSameTextAgain_DoesNotNavigate_SoAClickedResultIsNotUndone()
    {
        var cut = await RenderAsAsync("bureau@govdata.local", "市大数据管理局", "zh-CN", "/catalog/resources?q=WJ");
        var navigation = Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("tbody tr.mud-table-row")), WaitTimeout);
        var bar = cut.FindComponent<CatalogFilterBar>();
        var navigations = navigation.History.Count;

        // What the search box does when it loses focus because the user clicked a result: it commits its text again.
        await cut.InvokeAsync(() => bar.Instance.FilterChanged.InvokeAsync(bar.Instance.Filter with { Text = "WJ" }));
        Assert.Equal(navigations, navigation.History.Count);

        await cut.InvokeAsync(() => bar.Instance.FilterChanged.InvokeAsync(bar.Instance.Filter with { Text = "GA" }));
        Assert.Equal(navigations + 1, navigation.History.Count);
        Assert.EndsWith("/catalog/resources?q=GA", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bureau_SeesEveryDraft_InEnglish()
    {
        var cut = await RenderAsAsync("bureau@govdata.local", "市大数据管理局", "en");

        cut.WaitForAssertion(
            () =>
            {
                Assert.Equal($"{DemoCatalogFixture.Total} entries", cut.Find("[data-testid=catalog-total]").TextContent.Trim());
                // Sorted by code, another department's draft on the first page.
                Assert.Contains("3.02.001/SCJG-0004", cut.Markup, StringComparison.Ordinal);
            },
            WaitTimeout);
        Assert.Equal("Data resource catalog", cut.Find("h1").TextContent.Trim());
        Assert.Contains("Every department", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Conditional", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("有条件共享", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportMenu_OffersTheThreeCatalogsToDepartmentStaff()
    {
        var cut = await RenderAsAsync("catalog.ga@govdata.local", "市公安局", "zh-CN");
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=catalog-total]")), WaitTimeout);

        cut.Find("[data-testid=catalog-export] button").Click();

        cut.WaitForAssertion(
            () =>
            {
                var menu = _popovers!.Markup;
                Assert.Contains("/catalog/export.xlsx?scope=department", menu, StringComparison.Ordinal);
                Assert.Contains("/catalog/export.xlsx?scope=sharing", menu, StringComparison.Ordinal);
                Assert.Contains("/catalog/export.xlsx?scope=open", menu, StringComparison.Ordinal);
                Assert.Contains("本部门目录", menu, StringComparison.Ordinal);
            },
            WaitTimeout);
        Assert.Contains("导出 Excel", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WithNoMatch_ShowsTheEmptyState()
    {
        var cut = await RenderAsAsync("requester.rs@govdata.local", "市人力资源和社会保障局", "zh-CN");
        cut.WaitForAssertion(() => Assert.Contains("3.09.001/RS-9001", cut.Markup, StringComparison.Ordinal), WaitTimeout);

        cut.Find("[data-testid=catalog-filters] input").Input("不存在的资源");

        cut.WaitForAssertion(
            () =>
            {
                Assert.Equal("共 0 条", cut.Find("[data-testid=catalog-total]").TextContent.Trim());
                Assert.NotNull(cut.Find("[data-testid=empty-state]"));
            },
            WaitTimeout);
        Assert.Contains("没有符合条件的目录", cut.Markup, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=catalog-empty-clear]"));
    }
}
