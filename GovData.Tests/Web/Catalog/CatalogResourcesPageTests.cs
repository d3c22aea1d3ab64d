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
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private async Task<IRenderedComponent<CatalogResources>> RenderAsAsync(string email, string departmentName, string culture)
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
            new Claim(GovDataClaims.DepartmentIsDataBureau, user.DepartmentIsDataBureau ? "true" : "false"));
        _popovers = Render<MudPopoverProvider>();
        return Render<CatalogResources>();
    }

    [Fact]
    public async Task DepartmentUser_SeesOwnDraftAndPublishedOthers_InChinese()
    {
        var cut = await RenderAsAsync("catalog.ga@govdata.local", "市公安局", "zh-CN");

        // The header count and the grid rows render in separate batches: wait for both.
        cut.WaitForAssertion(
            () =>
            {
                Assert.Equal($"共 {DemoCatalogFixture.DemoPublished + 2} 条", cut.Find("[data-testid=catalog-total]").TextContent.Trim());
                Assert.Contains("3.09.001/GA-9001", cut.Markup, StringComparison.Ordinal);
            },
            WaitTimeout);
        Assert.Equal("数据资源目录", cut.Find("h1").TextContent.Trim());
        Assert.Contains("市公安局的全部目录条目", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("3.09.001/RS-9001", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("3.02.001/SCJG-0004", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("有条件共享", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("草稿", cut.Markup, StringComparison.Ordinal);
        // Server paging: one page of 20 rows, not everything.
        Assert.Equal(20, cut.FindAll("tbody tr.mud-table-row").Count);
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
                Assert.NotNull(cut.Find("[data-testid=catalog-empty]"));
            },
            WaitTimeout);
        Assert.Contains("没有符合条件的数据资源", cut.Markup, StringComparison.Ordinal);
    }
}
