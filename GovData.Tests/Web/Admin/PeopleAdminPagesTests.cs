using Bunit;
using GovData.Tests.Support;
using GovData.Web.Components.Pages.Admin.People;
using GovData.Workflows.Administration;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Web.Admin;

/// <summary>The department and people pages over the demo city on real SQLite, signed in as the SystemAdmin.</summary>
public sealed class PeopleAdminPagesTests : GovDataBunitContext
{
    private SqliteTestDatabase _database = default!;

    public PeopleAdminPagesTests()
    {
        UseCulture("zh-CN");
    }

    public override async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateSeededAsync();
        // Created through a factory so the container disposes (deletes) the database with the context.
        Services.AddSingleton(_ => _database);
        Services.AddSingleton<IDbContextFactory<GovDataDbContext>>(sp => sp.GetRequiredService<SqliteTestDatabase>());
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero)));
        Services.AddScoped(_ => _database.WriteContext());
        Services.AddIdentityCore<ApplicationUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<GovDataDbContext>();
        Services.AddGovDataAdministration();
        SignIn(await _database.UserAsync("admin@govdata.local"), "市大数据管理局");
    }

    [Fact]
    public void DepartmentsPage_ShowsTheTree_WithTheBureauResponsibleForEachDepartment()
    {
        var cut = Render<DepartmentsPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=department-GXQSJJ]")), WaitTimeout);
        var bureauRow = cut.Find("[data-testid=department-GXQSJJ]").ParentElement!;
        Assert.Contains("高新区大数据管理局", bureauRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("padding-left: 1.5rem", bureauRow.InnerHtml, StringComparison.Ordinal);
        var gaRow = cut.Find("[data-testid=department-GA]").ParentElement!;
        Assert.Contains("市大数据管理局", gaRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("政务部门", gaRow.TextContent, StringComparison.Ordinal);
        // Art. 31: the demo departments have no officer, assessment or drill yet.
        Assert.Contains("未指定负责人", gaRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("逾期", gaRow.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void DepartmentsPage_DeactivatingADepartmentWithPeople_SaysWhyItIsRefused()
    {
        var cut = Render<DepartmentsPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=department-actions-JT] button")), WaitTimeout);

        cut.Find("[data-testid=department-actions-JT] button").Click();
        Popovers.WaitForAssertion(() => Assert.NotEmpty(Popovers.FindAll("[data-testid=deactivate-JT]")), WaitTimeout);
        Popovers.Find("[data-testid=deactivate-JT]").Click();
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("input[data-testid=reason-text]")), WaitTimeout);
        Dialogs.Find("input[data-testid=reason-text]").Input("撤并");
        Dialogs.Find("[data-testid=reason-confirm]").Click();

        cut.WaitForAssertion(() => Assert.Contains("名在岗人员", Snackbars(), StringComparison.Ordinal), WaitTimeout);
    }

    [Fact]
    public async Task UsersPage_DeactivatesAUser_AfterAskingWhy()
    {
        var ga = (await _database.DepartmentIdsAsync())["GA"];
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo($"/admin/users?department={ga}");
        var cut = Render<UsersPage>();
        const string Email = "security.ga@govdata.local";
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid=users-table] tbody tr").Count), WaitTimeout);

        cut.Find($"[data-testid='deactivate-{Email}']").Click();
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("input[data-testid=reason-text]")), WaitTimeout);
        Assert.Contains("吊销", Dialogs.Markup, StringComparison.Ordinal);
        Dialogs.Find("input[data-testid=reason-text]").Input("调离");
        Dialogs.Find("[data-testid=reason-confirm]").Click();

        cut.WaitForAssertion(() => Assert.Contains("已停用", cut.Find($"[data-testid='user-status-{Email}']").TextContent, StringComparison.Ordinal), WaitTimeout);
        await using var db = _database.CreateDbContext();
        Assert.NotNull((await db.Users.SingleAsync(u => u.Email == Email)).DeactivatedAt);
    }

}
