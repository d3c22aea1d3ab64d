using System.Globalization;
using System.Security.Claims;
using Bunit;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Tests.Workflows.Catalog;
using GovData.Web.Components.Pages.Catalog;
using GovData.Workflows.Catalog;
using GovData.Workflows.Catalog.Excel;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace GovData.Tests.Web.Catalog;

/// <summary>/catalog/import: idle steps, a preview whose errors name the cell (commit disabled), a clean file committed.</summary>
public sealed class CatalogImportPageTests : BunitContext, IClassFixture<DemoCatalogFixture>, IAsyncLifetime
{
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(15);

    private readonly DemoCatalogFixture _fixture;

    public CatalogImportPageTests(DemoCatalogFixture fixture)
    {
        _fixture = fixture;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<IDbContextFactory<GovDataDbContext>>(fixture.Database);
        Services.AddSingleton(TimeProvider.System);
        Services.AddGovDataUnitOfWork();
        Services.AddGovDataCatalogExcel();
        Services.AddScoped<ImportCatalog>();
        Services.AddScoped<ListImportRecords>();
        // Submitting is not exercised here (the workflow tests do); the page only needs it resolvable.
        Services.AddScoped(_ => new SubmitImportedDrafts(null!));
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    [Fact]
    public async Task Idle_ExplainsTheSteps()
    {
        var cut = await RenderAsManagerAsync("zh-CN");

        Assert.Equal("Excel 导入目录", cut.Find("h1").TextContent.Trim());
        Assert.Equal(4, cut.Find("[data-testid=import-steps]").QuerySelectorAll(".mud-avatar").Length);
        Assert.Empty(cut.FindAll("[data-testid=import-commit]"));
    }

    [Fact]
    public async Task Upload_WithARestrictiveRowWithoutBasis_NamesTheCell_AndDisablesCommit()
    {
        var cut = await RenderAsManagerAsync("en-US");
        var bad = TestCatalog.Content("3.09.001/GA-9901", "缺少依据", ShareType.Conditional, OpenType.NotOpen) with { LegalBasis = null };

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(ImportWorkbooks.Of(bad), "bad.xlsx"));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=import-errors]")), WaitTimeout);
        var legalBasis = CatalogSheets.ColumnLetter(CatalogSheets.ResourceColumns.Select(c => c.Field).ToList().IndexOf("LegalBasis") + 1);
        Assert.Contains(legalBasis, cut.FindAll("[data-testid=import-error-cell]").Select(c => c.TextContent.Trim()));
        var errors = cut.Find("[data-testid=import-errors]").TextContent;
        Assert.True(errors.Contains("legal basis", StringComparison.Ordinal), cut.Find("[data-testid=import-errors]").OuterHtml);
        Assert.True(cut.Find("[data-testid=import-commit]").HasAttribute("disabled"));
        Assert.Contains("Errors 1", cut.Find("[data-testid=import-count-errors]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ACleanFile_ThenCommit_ShowsTheSubmitButtonAndTheRecord()
    {
        var cut = await RenderAsManagerAsync("zh-CN");

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(ImportWorkbooks.Of(TestCatalog.Content("3.09.001/GA-9902", "页面导入")), "good.xlsx"));
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid=import-commit]").HasAttribute("disabled")), WaitTimeout);
        cut.Find("[data-testid=import-commit]").Click();

        cut.WaitForAssertion(() => Assert.Equal("提交审核 (1)", cut.Find("[data-testid=import-submit]").TextContent.Trim()), WaitTimeout);
        Assert.Equal("true", cut.Find("[data-testid=import-preview]").GetAttribute("data-committed"));
        Assert.Contains("已导入", cut.Find("[data-testid=import-history]").TextContent, StringComparison.Ordinal);
    }

    /// <summary>Sets the culture in the calling test (a culture set inside an async helper does not flow back to it).</summary>
    private Task<IRenderedComponent<CatalogImportPage>> RenderAsManagerAsync(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        return RenderAsManagerAsync();
    }

    private async Task<IRenderedComponent<CatalogImportPage>> RenderAsManagerAsync()
    {
        var user = await _fixture.UserAsync("catalog.ga@govdata.local");
        var auth = AddAuthorization();
        auth.SetAuthorized(user.UserName);
        auth.SetRoles([.. user.Roles]);
        auth.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, user.UserId),
            new Claim(GovDataClaims.DepartmentId, user.DepartmentId!.Value.ToString(CultureInfo.InvariantCulture)),
            new Claim(GovDataClaims.DepartmentName, "市公安局"),
            new Claim(GovDataClaims.DepartmentIsDataBureau, "false"));
        Render<MudPopoverProvider>();
        return Render<CatalogImportPage>();
    }
}
