using System.Globalization;
using System.Security.Claims;
using Bunit;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Tests.Workflows.Sharing;
using GovData.Web.Components.Pages.Sharing;
using GovData.Workflows.Calendar;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace GovData.Tests.Web.Sharing;

public sealed class SharingPagesBunitTests : GovDataBunitContext, IClassFixture<SharingFixture>
{

    private readonly SharingFixture _fixture;

    public SharingPagesBunitTests(SharingFixture fixture)
    {
        _fixture = fixture;
        Services.AddLogging();
        Services.AddSingleton<IDbContextFactory<GovDataDbContext>>(fixture.Database);
        Services.AddSingleton<TimeProvider>(fixture.Time);
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddGovDataCalendar();
        Services.AddGovDataWorkflowRuntime();
        Services.AddGovDataSharing();
        Services.AddScoped<GovData.Workflows.Catalog.ListDataResources>();
    }

    [Fact]
    public async Task SharingCatalogPage_ListsPublishedResourcesWithShareTypeAndBasis_InChinese()
    {
        UseCulture("zh-CN");
        await SignInAsync("requester.rs@govdata.local");

        var cut = Render<SharingCatalogPage>();

        cut.WaitForAssertion(() => Assert.Equal("共 19 条", cut.Find("[data-testid=catalog-total]").TextContent.Trim()), WaitTimeout);
        cut.WaitForAssertion(() => Assert.Contains("常住人口基本信息", cut.Find("[data-testid=catalog-grid]").TextContent, StringComparison.Ordinal), WaitTimeout);
        var grid = cut.Find("[data-testid=catalog-grid]").TextContent;
        Assert.Contains("不予共享", grid, StringComparison.Ordinal);
        Assert.Contains("《医疗机构病历管理规定》第六条", grid, StringComparison.Ordinal);
        Assert.DoesNotContain("行政处罚案件信息", grid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharingResourcePage_NotShared_ShowsBasisAndNoRequestForm()
    {
        UseCulture("en");
        await SignInAsync("requester.rs@govdata.local");
        var (resourceId, _) = await _fixture.ResourceAsync("2.01.001/WJ-0001");

        var cut = Render<SharingResourcePage>(p => p.Add(x => x.Id, resourceId));

        cut.WaitForAssertion(() => Assert.Contains("not shared", cut.Find("[data-testid=sharing-not-shared]").TextContent, StringComparison.Ordinal), WaitTimeout);
        Assert.Contains("《医疗机构病历管理规定》第六条", cut.Find("[data-testid=sharing-not-shared]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=sharing-request-form]"));
        Assert.Empty(cut.FindAll("[data-testid=sharing-grant]"));
        Assert.Equal(4, cut.FindAll("[data-testid=sharing-items] tbody tr").Count);
    }

    [Fact]
    public async Task ShareRequestForm_Submit_ShowsDueDateAndCreatesTheRequest()
    {
        UseCulture("zh-CN");
        await SignInAsync("requester.jt@govdata.local");
        var (resourceId, _) = await _fixture.ResourceAsync("2.01.003/WJ-0003");
        var detail = await _fixture.Get<GetSharingResource>().ExecuteAsync(await _fixture.UserAsync("requester.jt@govdata.local"), resourceId);

        var cut = Render<ShareRequestForm>(p => p.Add(x => x.ResourceId, resourceId).Add(x => x.Items, detail!.Items));
        var texts = cut.FindAll("[data-testid=sharing-request-form] input[type=text]");
        await texts[0].ChangeAsync(new() { Value = "出租车驾驶员新生儿补贴核验" });
        await cut.FindAll("[data-testid=sharing-request-form] input[type=text]")[1].ChangeAsync(new() { Value = "《出租汽车驾驶员从业资格管理规定》" });
        await cut.FindAll("[data-testid=sharing-item-checks] input[type=checkbox]")[1].ChangeAsync(new() { Value = true });
        await cut.Find("[data-testid=sharing-submit]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("2025年10月14日", cut.Find("[data-testid=sharing-submitted]").TextContent, StringComparison.Ordinal), WaitTimeout);
        await using var db = _fixture.Database.CreateDbContext();
        var request = await db.ShareRequests.SingleAsync(r => r.Purpose == "出租车驾驶员新生儿补贴核验");
        Assert.Equal([detail!.Items[1].Id], request.Wanted());
        Assert.NotNull(request.WorkflowInstanceId);
    }

    [Fact]
    public async Task ShareRequestForm_NoItemChosen_ShowsTheRuleAndWritesNothing()
    {
        UseCulture("en");
        await SignInAsync("requester.jt@govdata.local");
        var (resourceId, _) = await _fixture.ResourceAsync("1.03.002/ZRZY-0002");
        var detail = await _fixture.Get<GetSharingResource>().ExecuteAsync(await _fixture.UserAsync("requester.jt@govdata.local"), resourceId);

        var cut = Render<ShareRequestForm>(p => p.Add(x => x.ResourceId, resourceId).Add(x => x.Items, detail!.Items));
        await cut.FindAll("[data-testid=sharing-request-form] input[type=text]")[0].ChangeAsync(new() { Value = "p" });
        await cut.FindAll("[data-testid=sharing-request-form] input[type=text]")[1].ChangeAsync(new() { Value = "d" });
        await cut.Find("[data-testid=sharing-submit]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal("Choose at least one data item.", cut.Find("[data-testid=sharing-field-error]").TextContent.Trim()), WaitTimeout);
        await using var db = _fixture.Database.CreateDbContext();
        Assert.False(await db.ShareRequests.AnyAsync(r => r.DataResourceId == resourceId));
    }

    [Fact]
    public async Task ShareRequestForm_EmptySubmit_ShowsEveryProblemAtItsFieldAtOnce()
    {
        UseCulture("zh-CN");
        await SignInAsync("requester.jt@govdata.local");
        var (resourceId, _) = await _fixture.ResourceAsync("1.03.002/ZRZY-0002");
        var detail = await _fixture.Get<GetSharingResource>().ExecuteAsync(await _fixture.UserAsync("requester.jt@govdata.local"), resourceId);

        var cut = Render<ShareRequestForm>(p => p.Add(x => x.ResourceId, resourceId).Add(x => x.Items, detail!.Items));
        Assert.Empty(cut.FindAll(".mud-input-error"));
        await cut.Find("[data-testid=sharing-submit]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("请填写用途。", cut.Markup, StringComparison.Ordinal), WaitTimeout);
        Assert.Contains("请填写履职依据。", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("请至少选择一个数据项。", cut.Find("[data-testid=sharing-field-error]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=sharing-error]"));
        await using var db = _fixture.Database.CreateDbContext();
        Assert.False(await db.ShareRequests.AnyAsync(r => r.DataResourceId == resourceId && r.Purpose == string.Empty));
    }

    private async Task SignInAsync(string email) => SignIn(await _fixture.UserAsync(email));
}
