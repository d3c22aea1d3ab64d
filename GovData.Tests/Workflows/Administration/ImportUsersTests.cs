using ClosedXML.Excel;
using GovData.Domain.Identity;
using GovData.Workflows.Administration;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Administration;

public abstract class ImportUsersTestsCases(AdministrationFixture fixture)
{
    private const string Password = "Strong#Pass2026";

    /// <summary>A people workbook as the template lays it out, one row per (email, name, code, roles, password).</summary>
    public static MemoryStream Workbook(params (string Email, string Name, string Code, string Roles, string Password)[] rows)
    {
        using var workbook = new XLWorkbook(new MemoryStream(UserImportWorkbook.Template("X")));
        var sheet = workbook.Worksheet(1);
        sheet.Row(2).Delete();
        for (var i = 0; i < rows.Length; i++)
        {
            var (email, name, code, roles, password) = rows[i];
            sheet.Cell(i + 2, 1).SetValue(email);
            sheet.Cell(i + 2, 2).SetValue(name);
            sheet.Cell(i + 2, 3).SetValue(code);
            sheet.Cell(i + 2, 4).SetValue(roles);
            sheet.Cell(i + 2, 5).SetValue(password);
        }

        var output = new MemoryStream();
        workbook.SaveAs(output);
        output.Position = 0;
        return output;
    }

    [Fact]
    public async Task Import_WithOneBadRowAmongFive_WritesNobody_AndNamesTheRowAndColumn_ThenTheFixedFileImportsAll()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        var wj = fixture.DepartmentIds["WJ"];
        (string, string, string, string, string)[] rows =
        [
            ("a.wj@govdata.local", "甲", "WJ", "审核人", Password),
            ("b.wj@govdata.local", "乙", "WJ", "经办人、审核人", Password),
            ("c.wj@govdata.local", "丙", "GA", "Requester", Password),
            ("d.wj@govdata.local", "丁", "WJ", "目录管理员", Password),
            ("e.wj@govdata.local", "戊", "wj", "安全负责人", Password),
        ];

        var refused = await fixture.Get<ImportUsers>().ExecuteAsync(admin, wj, Workbook(rows));
        rows[2] = ("c.wj@govdata.local", "丙", "WJ", "Requester", Password);
        var imported = await fixture.Get<ImportUsers>().ExecuteAsync(admin, wj, Workbook(rows));

        Assert.False(refused.Succeeded);
        var error = Assert.Single(refused.Errors);
        Assert.Equal((4, UserImportWorkbook.Department, "Import.OtherDepartment"), (error.Row, error.Column, error.Key));
        Assert.True(imported.Succeeded, string.Join(", ", imported.Errors.Select(e => e.Key)));
        Assert.Equal(5, imported.Created);
        var b = await fixture.UserAsync("b.wj@govdata.local");
        Assert.True(b.IsInRole(Roles.Approver) && b.IsInRole(Roles.Requester));
        Assert.Equal(wj, b.DepartmentId);
    }

    [Fact]
    public async Task Import_RefusesDuplicatesUnknownRolesAndWeakPasswords_RowByRow()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        var zrzy = fixture.DepartmentIds["ZRZY"];

        var result = await fixture.Get<ImportUsers>().ExecuteAsync(admin, zrzy, Workbook(
            ("x.zrzy@govdata.local", "甲", "ZRZY", "审核人", Password),
            ("x.zrzy@govdata.local", "乙", "ZRZY", "审核人", Password),
            ("approver.ga@govdata.local", "丙", "ZRZY", "审核人", Password),
            ("y.zrzy@govdata.local", "丁", "ZRZY", "皇帝", Password),
            ("z.zrzy@govdata.local", "戊", "ZRZY", "申请人", "weak")));

        Assert.Equal(
            [(3, "Import.EmailTwice"), (4, AdminErrors.EmailTaken), (5, AdminErrors.RoleUnknown), (6, AdminErrors.RoleUnknown), (6, AdminErrors.PasswordWeak)],
            result.Errors.Select(e => (e.Row, e.Key)).ToList());
        await using var db = fixture.Database.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "x.zrzy@govdata.local" || u.Email == "y.zrzy@govdata.local" || u.Email == "z.zrzy@govdata.local"));
    }

    [Fact]
    public async Task Import_CarriesTheUnifiedIdentityId_AndRefusesOneAlreadyLinkedOrTwiceInTheFile()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        var scjg = fixture.DepartmentIds["SCJG"];
        var ids = new[] { "330100-7001", "330100-7001", "330100-7002" };
        var rows = new[]
        {
            ("a.scjg@govdata.local", "甲", "SCJG", "审核人", Password),
            ("b.scjg@govdata.local", "乙", "SCJG", "经办人", Password),
            ("c.scjg@govdata.local", "丙", "SCJG", "经办人", Password),
        };

        var refused = await fixture.Get<ImportUsers>().ExecuteAsync(admin, scjg, WithExternalIds(Workbook(rows), ids));
        ids[1] = string.Empty;
        var imported = await fixture.Get<ImportUsers>().ExecuteAsync(admin, scjg, WithExternalIds(Workbook(rows), ids));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((3, UserImportWorkbook.ExternalId, AdminErrors.ExternalIdTaken), (error.Row, error.Column, error.Key));
        Assert.True(imported.Succeeded);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal("330100-7001", await db.Users.Where(u => u.Email == "a.scjg@govdata.local").Select(u => u.ExternalId).SingleAsync());
        Assert.Null(await db.Users.Where(u => u.Email == "b.scjg@govdata.local").Select(u => u.ExternalId).SingleAsync());
    }

    /// <summary>The workbook with the optional 统一身份标识 column filled, row by row.</summary>
    public static MemoryStream WithExternalIds(MemoryStream file, string[] ids)
    {
        using var workbook = new XLWorkbook(file);
        var sheet = workbook.Worksheet(1);
        Assert.Equal(UserImportWorkbook.ExternalId, sheet.Cell(1, 6).GetString());
        for (var i = 0; i < ids.Length; i++)
        {
            sheet.Cell(i + 2, 6).SetValue(ids[i]);
        }

        var output = new MemoryStream();
        workbook.SaveAs(output);
        output.Position = 0;
        return output;
    }

    [Fact]
    public async Task Import_OfSomethingThatIsNotAWorkbook_SaysSo()
    {
        var result = await fixture.Get<ImportUsers>().ExecuteAsync(
            await fixture.UserAsync("admin@govdata.local"), fixture.DepartmentIds["JT"], new MemoryStream("not a zip"u8.ToArray()));

        Assert.Equal("Import.NotXlsx", Assert.Single(result.Errors).Key);
    }

    [Fact]
    public async Task Import_ByAnyoneButTheSystemAdmin_IsRefused()
    {
        var result = await fixture.Get<ImportUsers>().ExecuteAsync(
            await fixture.UserAsync("lead.jt@govdata.local"), fixture.DepartmentIds["JT"], Workbook(("q.jt@govdata.local", "甲", "JT", "审核人", Password)));

        Assert.Equal(AdminErrors.NotAllowed, result.Refusal?.ErrorKey);
    }
}

public sealed class ImportUsersTests(AdministrationFixture fixture) : ImportUsersTestsCases(fixture), IClassFixture<AdministrationFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class ImportUsersTestsOnPostgreSql(PostgreSqlAdministrationFixture fixture) : ImportUsersTestsCases(fixture), IClassFixture<PostgreSqlAdministrationFixture>;
