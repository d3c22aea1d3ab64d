using GovData.Domain.Departments;
using GovData.Workflows.Administration;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Administration;

public abstract class DepartmentAdministrationTestsCases(AdministrationFixture fixture)
{
    private const string Admin = "admin@govdata.local";

    [Fact]
    public async Task CreateDepartment_AddsADistrictBureauAndADepartmentUnderIt_WhichTheDistrictBureauSupervises()
    {
        var admin = await fixture.UserAsync(Admin);
        var city = fixture.DepartmentIds["SJJ"];

        var bureau = await fixture.Get<CreateDepartment>().ExecuteAsync(admin, new("XCQSJJ", "西城区大数据管理局", DepartmentLevel.District, DepartmentKind.DataBureau, city));
        Assert.True(bureau.Succeeded, bureau.ErrorKey);
        var bureauId = await IdOfAsync("XCQSJJ");
        var department = await fixture.Get<CreateDepartment>().ExecuteAsync(admin, new("xcqga", "西城区公安分局", DepartmentLevel.District, DepartmentKind.Government, bureauId));
        Assert.True(department.Succeeded, department.ErrorKey);

        var rows = await fixture.Get<ListDepartments>().ExecuteAsync(admin);
        var row = Assert.Single(rows, r => r.Code == "XCQGA");
        Assert.Equal("西城区大数据管理局", row.ResponsibleBureau);
        Assert.True(rows.ToList().FindIndex(r => r.Code == "XCQSJJ") < rows.ToList().FindIndex(r => r.Code == "XCQGA"));
    }

    [Fact]
    public async Task TheDepartmentsPage_ShowsTheBureauTheProcessesRouteTo_ForEveryDepartment()
    {
        var admin = await fixture.UserAsync(Admin);
        // A district department placed under a district body that is not a bureau: routing goes to the municipal bureau.
        await fixture.Get<CreateDepartment>().ExecuteAsync(admin, new("RBNODE", "某区政务办", DepartmentLevel.District, DepartmentKind.Government, fixture.DepartmentIds["GXQSJJ"]));
        await fixture.Get<CreateDepartment>().ExecuteAsync(admin, new("RBDEEP", "某区下属中心", DepartmentLevel.District, DepartmentKind.Government, await IdOfAsync("RBNODE")));

        var rows = await fixture.Get<ListDepartments>().ExecuteAsync(admin);

        await using var db = fixture.Database.CreateDbContext();
        var departments = await db.Departments.AsNoTracking().ToListAsync();
        var bureaus = departments.Where(d => d.IsDataBureau).ToList();
        Assert.All(rows, row =>
        {
            var routed = ResponsibleBureau.Of(departments.Single(d => d.Id == row.Id), bureaus);
            Assert.Equal(departments.Single(d => d.Id == routed).Name, row.ResponsibleBureau);
        });
        Assert.Equal("市大数据管理局", Assert.Single(rows, r => r.Code == "RBDEEP").ResponsibleBureau);
        Assert.Equal("高新区大数据管理局", Assert.Single(rows, r => r.Code == "RBNODE").ResponsibleBureau);
    }

    [Theory]
    [InlineData("GA", AdminErrors.CodeTaken)]
    [InlineData("ga", AdminErrors.CodeTaken)]
    [InlineData("1AB", AdminErrors.CodeInvalid)]
    [InlineData("A-B", AdminErrors.CodeInvalid)]
    [InlineData("", AdminErrors.CodeInvalid)]
    public async Task CreateDepartment_RefusesADuplicateOrMalformedCode(string code, string error)
    {
        var result = await fixture.Get<CreateDepartment>().ExecuteAsync(
            await fixture.UserAsync(Admin), new(code, "重复", DepartmentLevel.Municipal, DepartmentKind.Government, null));

        Assert.False(result.Succeeded);
        Assert.Equal(error, result.ErrorKey);
    }

    [Theory]
    [InlineData("bureau@govdata.local")]
    [InlineData("approver.ga@govdata.local")]
    public async Task CreateDepartment_RefusesAnyoneButTheSystemAdmin(string email)
    {
        var result = await fixture.Get<CreateDepartment>().ExecuteAsync(
            await fixture.UserAsync(email), new("NOPE", "不应创建", DepartmentLevel.Municipal, DepartmentKind.Government, null));

        Assert.Equal(AdminErrors.NotAllowed, result.ErrorKey);
        Assert.Null(await IdOrNullAsync("NOPE"));
    }

    [Fact]
    public async Task MoveDepartment_UnderItsOwnChild_IsRefusedAndNothingChanges()
    {
        var admin = await fixture.UserAsync(Admin);
        await fixture.Get<CreateDepartment>().ExecuteAsync(admin, new("MVP", "上级", DepartmentLevel.Municipal, DepartmentKind.Government, null));
        await fixture.Get<CreateDepartment>().ExecuteAsync(admin, new("MVC", "下级", DepartmentLevel.Municipal, DepartmentKind.Government, await IdOfAsync("MVP")));
        await fixture.Get<CreateDepartment>().ExecuteAsync(admin, new("MVG", "下下级", DepartmentLevel.Municipal, DepartmentKind.Government, await IdOfAsync("MVC")));

        var preview = await fixture.Get<PreviewDepartmentMove>().ExecuteAsync(admin, await IdOfAsync("MVP"), await IdOfAsync("MVG"));
        var result = await fixture.Get<MoveDepartment>().ExecuteAsync(admin, await IdOfAsync("MVP"), await IdOfAsync("MVG"), "调整");

        Assert.Equal(DepartmentErrors.MoveUnderOwnChild, preview!.Refusal!.ErrorKey);
        Assert.Equal(DepartmentErrors.MoveUnderOwnChild, result.ErrorKey);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Null((await db.Departments.SingleAsync(d => d.Code == "MVP")).ParentId);
    }

    [Fact]
    public async Task PreviewMove_ShowsTheBureauThatBecomesResponsible_AndMoveRecordsIt()
    {
        var admin = await fixture.UserAsync(Admin);
        await fixture.Get<CreateDepartment>().ExecuteAsync(admin, new("MVJT", "交通分中心", DepartmentLevel.District, DepartmentKind.Government, null));
        var id = await IdOfAsync("MVJT");

        var preview = await fixture.Get<PreviewDepartmentMove>().ExecuteAsync(admin, id, fixture.DepartmentIds["GXQSJJ"]);
        var moved = await fixture.Get<MoveDepartment>().ExecuteAsync(admin, id, fixture.DepartmentIds["GXQSJJ"], "划归高新区");

        Assert.Equal("市大数据管理局", preview!.BureauBefore);
        Assert.Equal("高新区大数据管理局", preview.BureauAfter);
        Assert.True(preview.ChangesBureau);
        Assert.True(moved.Succeeded, moved.ErrorKey);
        await using var db = fixture.Database.CreateDbContext();
        var audit = await db.AuditEntries.Where(e => e.Action == AdminAudit.DepartmentMoved && e.EntityKey == "MVJT").SingleAsync();
        Assert.Contains("划归高新区", audit.Summary, StringComparison.Ordinal);
        Assert.Equal("系统管理员", audit.UserName);
    }

    [Fact]
    public async Task DeactivateDepartment_WithActivePeople_IsRefused_AndAnEmptyOneIsDeactivatedNotDeleted()
    {
        var admin = await fixture.UserAsync(Admin);
        var busy = await fixture.Get<DeactivateDepartment>().ExecuteAsync(admin, fixture.DepartmentIds["JT"], "撤并");
        await fixture.Get<CreateDepartment>().ExecuteAsync(admin, new("EMPTY", "空部门", DepartmentLevel.Municipal, DepartmentKind.PublicServiceEnterprise, null));
        var empty = await fixture.Get<DeactivateDepartment>().ExecuteAsync(admin, await IdOfAsync("EMPTY"), "撤并");

        Assert.Equal(AdminErrors.DepartmentHasActiveMembers, busy.ErrorKey);
        Assert.True(empty.Succeeded, empty.ErrorKey);
        await using var db = fixture.Database.CreateDbContext();
        Assert.False((await db.Departments.SingleAsync(d => d.Code == "EMPTY")).IsActive);
        Assert.True((await db.Departments.SingleAsync(d => d.Code == "JT")).IsActive);
    }

    [Fact]
    public async Task RenameDepartment_WithoutAReason_IsRefused()
    {
        var result = await fixture.Get<RenameDepartment>().ExecuteAsync(await fixture.UserAsync(Admin), fixture.DepartmentIds["WJ"], "新名字", " ");

        Assert.Equal(AdminErrors.ReasonRequired, result.ErrorKey);
    }

    private async Task<int> IdOfAsync(string code) => (await IdOrNullAsync(code))!.Value;

    private async Task<int?> IdOrNullAsync(string code)
    {
        await using var db = fixture.Database.CreateDbContext();
        return await db.Departments.Where(d => d.Code == code).Select(d => (int?)d.Id).SingleOrDefaultAsync();
    }
}

public sealed class DepartmentAdministrationTests(AdministrationFixture fixture) : DepartmentAdministrationTestsCases(fixture), IClassFixture<AdministrationFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class DepartmentAdministrationTestsOnPostgreSql(PostgreSqlAdministrationFixture fixture) : DepartmentAdministrationTestsCases(fixture), IClassFixture<PostgreSqlAdministrationFixture>;
