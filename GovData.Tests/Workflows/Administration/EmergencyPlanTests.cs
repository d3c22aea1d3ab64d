using System.Text;
using GovData.Domain.Departments;
using GovData.Workflows.Administration;
using GovData.Workflows.Administration.EmergencyPlans;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Administration;

/// <summary>Art. 31: a department's emergency plan is a stored document, versioned, read only by those who should.</summary>
public abstract class EmergencyPlanTestsCases(AdministrationFixture fixture)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task StoredVersions_AreKept_NewestInForce_AndTheListShowsIt()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        var rs = fixture.DepartmentIds["RS"];
        var store = fixture.Get<StoreEmergencyPlan>();

        var first = await store.ExecuteAsync(admin, rs, "人社局应急预案2025.pdf", Pdf, "年度修订");
        fixture.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await store.ExecuteAsync(admin, rs, @"C:\文件\人社局应急预案2026.pdf", [.. Pdf, (byte)'\n'], "年度修订");

        Assert.True(first.Succeeded, first.ErrorKey);
        Assert.True(second.Succeeded, second.ErrorKey);
        var versions = await fixture.Get<ListEmergencyPlans>().ExecuteAsync(admin, rs);
        Assert.Equal(["人社局应急预案2026.pdf", "人社局应急预案2025.pdf"], versions.Select(v => v.FileName));
        var row = Assert.Single(await fixture.Get<ListDepartments>().ExecuteAsync(admin), d => d.Id == rs);
        Assert.Equal(versions[0].Id, row.EmergencyPlan?.Id);
        var file = await fixture.Get<GetEmergencyPlanFile>().ExecuteAsync(admin, versions[1].Id);
        Assert.Equal(Pdf, file?.Content);
        Assert.Equal("application/pdf", file?.ContentType);
    }

    [Fact]
    public async Task AFileThatIsNotAPdfOrWordDocument_OrEmpty_OrTooLarge_IsRefused_AndNothingIsStored()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        var jt = fixture.DepartmentIds["JT"];
        var store = fixture.Get<StoreEmergencyPlan>();

        var script = await store.ExecuteAsync(admin, jt, "预案.pdf", Encoding.UTF8.GetBytes("<script>alert(1)</script>"), "上传");
        var renamed = await store.ExecuteAsync(admin, jt, "预案.exe", Pdf, "上传");
        var empty = await store.ExecuteAsync(admin, jt, "预案.pdf", [], "上传");
        var large = await store.ExecuteAsync(admin, jt, "预案.pdf", [.. Pdf, .. new byte[EmergencyPlan.MaxBytes]], "上传");
        var noReason = await store.ExecuteAsync(admin, jt, "预案.pdf", Pdf, "");
        var unknownDepartment = await store.ExecuteAsync(admin, 999_999, "预案.pdf", Pdf, "上传");

        Assert.Equal(AdminErrors.PlanType, script.ErrorKey);
        Assert.Equal(AdminErrors.PlanType, renamed.ErrorKey);
        Assert.Equal(AdminErrors.PlanEmpty, empty.ErrorKey);
        Assert.Equal(AdminErrors.PlanTooLarge, large.ErrorKey);
        Assert.Equal(AdminErrors.ReasonRequired, noReason.ErrorKey);
        Assert.Equal(AdminErrors.DepartmentNotFound, unknownDepartment.ErrorKey);
        await using var db = fixture.Database.CreateDbContext();
        Assert.False(await db.EmergencyPlans.AnyAsync(p => p.DepartmentId == jt));
    }

    [Fact]
    public async Task OnlyTheAdmin_TheDepartmentsOwnOfficersAndLeads_AndItsBureau_ReadThePlan()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        var ga = fixture.DepartmentIds["GA"];
        Assert.True((await fixture.Get<StoreEmergencyPlan>().ExecuteAsync(admin, ga, "公安局预案.pdf", Pdf, "上传")).Succeeded);
        var planId = (await fixture.Get<ListEmergencyPlans>().ExecuteAsync(admin, ga))[0].Id;
        var get = fixture.Get<GetEmergencyPlanFile>();

        foreach (var reader in new[] { "security.ga@govdata.local", "lead.ga@govdata.local", "bureau@govdata.local" })
        {
            Assert.NotNull(await get.ExecuteAsync(await fixture.UserAsync(reader), planId));
        }

        foreach (var outsider in new[] { "approver.ga@govdata.local", "catalog.ga@govdata.local", "security.rs@govdata.local", "lead.rs@govdata.local", "applicant@govdata.local" })
        {
            var user = await fixture.UserAsync(outsider);
            Assert.Null(await get.ExecuteAsync(user, planId));
            Assert.Empty(await fixture.Get<ListEmergencyPlans>().ExecuteAsync(user, ga));
        }

        Assert.Null(await get.ExecuteAsync(admin, planId + 1000));
        Assert.Equal(AdminErrors.NotAllowed, (await fixture.Get<StoreEmergencyPlan>().ExecuteAsync(await fixture.UserAsync("security.ga@govdata.local"), ga, "x.pdf", Pdf, "上传")).ErrorKey);
    }

    [Fact]
    public async Task AStoredPlanWhoseContentNoLongerMatchesItsHash_IsNeverServed()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        var scjg = fixture.DepartmentIds["SCJG"];
        Assert.True((await fixture.Get<StoreEmergencyPlan>().ExecuteAsync(admin, scjg, "市场监管局预案.pdf", Pdf, "上传")).Succeeded);
        var planId = (await fixture.Get<ListEmergencyPlans>().ExecuteAsync(admin, scjg))[0].Id;
        await using (var db = fixture.Database.CreateDbContext())
        {
            var tampered = Encoding.ASCII.GetBytes("%PDF-1.7 tampered");
            await db.EmergencyPlans.Where(p => p.Id == planId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Content, tampered));
        }

        Assert.Null(await fixture.Get<GetEmergencyPlanFile>().ExecuteAsync(admin, planId));
    }
}

public sealed class EmergencyPlanTests(AdministrationFixture fixture) : EmergencyPlanTestsCases(fixture), IClassFixture<AdministrationFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class EmergencyPlanTestsOnPostgreSql(PostgreSqlAdministrationFixture fixture) : EmergencyPlanTestsCases(fixture), IClassFixture<PostgreSqlAdministrationFixture>;
