using GovData.Workflows.Administration;

namespace GovData.Tests.Workflows.Administration;

public abstract class RecordDepartmentSecurityTestsCases(AdministrationFixture fixture)
{
    [Fact]
    public async Task Record_KeepsTheOfficerAndDates_AndTheListSaysWhenAYearHasPassed()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        var officer = await fixture.UserAsync("security.scjg@govdata.local");
        var scjg = fixture.DepartmentIds["SCJG"];

        var result = await fixture.Get<RecordDepartmentSecurity>().ExecuteAsync(
            admin, scjg, new DepartmentSecurity(officer.UserId, new DateOnly(2025, 6, 1), new DateOnly(2025, 3, 2)), "年度检查");

        Assert.True(result.Succeeded, result.ErrorKey);
        var row = Assert.Single(await fixture.Get<ListDepartments>().ExecuteAsync(admin), r => r.Id == scjg);
        Assert.Equal(officer.UserName, row.SecurityOfficer);
        // Fixture clock: 2026-03-02 in China. A drill on 2025-03-02 is a year old: overdue; a day later it is not.
        Assert.True(row.SecurityOverdue(new DateOnly(2026, 3, 2)));
        Assert.False(row.SecurityOverdue(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public async Task Record_RefusesAnOfficerFromAnotherDepartment_AndAFutureDate()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        var outsider = await fixture.UserAsync("security.ga@govdata.local");
        var rs = fixture.DepartmentIds["RS"];

        var wrongOfficer = await fixture.Get<RecordDepartmentSecurity>().ExecuteAsync(admin, rs, new DepartmentSecurity(outsider.UserId, null, null), "指定");
        var future = await fixture.Get<RecordDepartmentSecurity>().ExecuteAsync(admin, rs, new DepartmentSecurity(null, new DateOnly(2026, 3, 3), null), "指定");

        Assert.Equal(AdminErrors.OfficerNotInDepartment, wrongOfficer.ErrorKey);
        Assert.Equal(AdminErrors.DateInFuture, future.ErrorKey);
    }
}

public sealed class RecordDepartmentSecurityTests(AdministrationFixture fixture) : RecordDepartmentSecurityTestsCases(fixture), IClassFixture<AdministrationFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class RecordDepartmentSecurityTestsOnPostgreSql(PostgreSqlAdministrationFixture fixture) : RecordDepartmentSecurityTestsCases(fixture), IClassFixture<PostgreSqlAdministrationFixture>;
