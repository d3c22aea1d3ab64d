using GovData.Tests.Support;
using GovData.Workflows.Administration;
using GovData.Workflows.Administration.LegalBases;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Administration;

/// <summary>The legal-basis register (issue #13 §4): edited by the SystemAdmin, a cited entry retired rather than changed.</summary>
public abstract class LegalBasisRegisterTestsCases(AdministrationFixture fixture)
{
    [Fact]
    public async Task Add_KeepsLawArticleClauseAndSummary_AndRefusesTheSameCitationTwice()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        var save = fixture.Get<SaveLegalBasis>();

        var added = await save.ExecuteAsync(admin, null, new LegalBasisInput("《中华人民共和国数据安全法》", "第二十一条", "第二款", "重要数据目录与保护"), "新增常用依据");
        var again = await save.ExecuteAsync(admin, null, new LegalBasisInput("中华人民共和国数据安全法", " 第二十一条 ", "第二款", "重复"), "再次新增");
        var otherClause = await save.ExecuteAsync(admin, null, new LegalBasisInput("中华人民共和国数据安全法", "第二十一条", "第三款", "核心数据"), "另一款");

        Assert.True(added.Succeeded, added.ErrorKey);
        Assert.Equal(AdminErrors.LegalBasisDuplicate, again.ErrorKey);
        Assert.Equal("《中华人民共和国数据安全法》第二十一条第二款", Assert.Single(again.Arguments));
        Assert.True(otherClause.Succeeded, otherClause.ErrorKey);
        var row = Assert.Single(await fixture.Get<ListLegalBasisRegister>().ExecuteAsync(admin), r => r.Citation == "《中华人民共和国数据安全法》第二十一条第二款");
        Assert.Equal(("中华人民共和国数据安全法", "第二十一条", "第二款", "重要数据目录与保护"), (row.LawName, row.Article, row.Clause, row.Text));
        Assert.False(row.IsCited);
        await using var db = fixture.Database.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AdminAudit.LegalBasisAdded && a.Summary!.Contains("新增常用依据")));
    }

    [Fact]
    public async Task ACitedEntry_CannotBeRevisedOrDeleted_ButRetired_AndThenIsNoLongerOffered()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        // The sharing demo refuses one share request citing 《中华人民共和国测绘法》.
        await SharingDemo.SeedAsync(fixture.Database);
        var citedId = await SharingDemo.CitedLegalBasisIdAsync(fixture.Database);

        var row = Assert.Single(await fixture.Get<ListLegalBasisRegister>().ExecuteAsync(admin), r => r.Id == citedId);
        var revise = await fixture.Get<SaveLegalBasis>().ExecuteAsync(admin, citedId, new LegalBasisInput(row.LawName, row.Article, "第一款", row.Text), "补充款");
        var delete = await fixture.Get<ChangeLegalBasisStanding>().ExecuteAsync(admin, citedId, LegalBasisChange.Delete, "清理");
        var retire = await fixture.Get<ChangeLegalBasisStanding>().ExecuteAsync(admin, citedId, LegalBasisChange.Retire, "法律已修订");
        var retireAgain = await fixture.Get<ChangeLegalBasisStanding>().ExecuteAsync(admin, citedId, LegalBasisChange.Retire, "再次");

        Assert.True(row.IsCited);
        Assert.Equal(AdminErrors.LegalBasisCited, revise.ErrorKey);
        Assert.Equal(AdminErrors.LegalBasisCited, delete.ErrorKey);
        Assert.True(retire.Succeeded, retire.ErrorKey);
        Assert.Equal(AdminErrors.LegalBasisAlreadyRetired, retireAgain.ErrorKey);
        Assert.DoesNotContain(await new ListLegalBases(fixture.Database).ExecuteAsync(), b => b.Id == citedId);
        var retired = Assert.Single(await fixture.Get<ListLegalBasisRegister>().ExecuteAsync(admin), r => r.Id == citedId);
        Assert.True(retired.IsRetired);
        Assert.Equal(row.Citation, retired.Citation);

        var reinstate = await fixture.Get<ChangeLegalBasisStanding>().ExecuteAsync(admin, citedId, LegalBasisChange.Reinstate, "误停用");
        Assert.True(reinstate.Succeeded, reinstate.ErrorKey);
        Assert.Contains(await new ListLegalBases(fixture.Database).ExecuteAsync(), b => b.Id == citedId);
    }

    [Fact]
    public async Task AnUncitedEntry_IsCorrectedOrDeleted()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        Assert.True((await fixture.Get<SaveLegalBasis>().ExecuteAsync(admin, null, new LegalBasisInput("中华人民共和国档案法", "第二十八条", null, "档案开放"), "新增")).Succeeded);
        var id = Assert.Single(await fixture.Get<ListLegalBasisRegister>().ExecuteAsync(admin), r => r.LawName == "中华人民共和国档案法").Id;

        var corrected = await fixture.Get<SaveLegalBasis>().ExecuteAsync(admin, id, new LegalBasisInput("中华人民共和国档案法", "第二十七条", null, "档案开放期限"), "条号写错");
        Assert.True(corrected.Succeeded, corrected.ErrorKey);
        Assert.Equal("《中华人民共和国档案法》第二十七条", Assert.Single(await fixture.Get<ListLegalBasisRegister>().ExecuteAsync(admin), r => r.Id == id).Citation);

        var deleted = await fixture.Get<ChangeLegalBasisStanding>().ExecuteAsync(admin, id, LegalBasisChange.Delete, "不再需要");
        var unknown = await fixture.Get<ChangeLegalBasisStanding>().ExecuteAsync(admin, id, LegalBasisChange.Retire, "已删除");
        Assert.True(deleted.Succeeded, deleted.ErrorKey);
        Assert.Equal(AdminErrors.LegalBasisNotFound, unknown.ErrorKey);
        Assert.DoesNotContain(await fixture.Get<ListLegalBasisRegister>().ExecuteAsync(admin), r => r.Id == id);
    }

    [Fact]
    public async Task BadInput_AndOtherRoles_AreRefused_AndNothingIsStored()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        var bureau = await fixture.UserAsync("bureau@govdata.local");
        var save = fixture.Get<SaveLegalBasis>();
        var before = (await fixture.Get<ListLegalBasisRegister>().ExecuteAsync(admin)).Count;

        var missingSummary = await save.ExecuteAsync(admin, null, new LegalBasisInput("某法", "第一条", null, " "), "新增");
        var tooLong = await save.ExecuteAsync(admin, null, new LegalBasisInput(new string('法', 200), "第一条", null, "摘要"), "新增");
        var noReason = await save.ExecuteAsync(admin, null, new LegalBasisInput("某法", "第一条", null, "摘要"), " ");
        var notAdmin = await save.ExecuteAsync(bureau, null, new LegalBasisInput("某法", "第一条", null, "摘要"), "新增");
        var retireNotAdmin = await fixture.Get<ChangeLegalBasisStanding>().ExecuteAsync(bureau, 1, LegalBasisChange.Retire, "停用");

        Assert.Equal(AdminErrors.LegalBasisFieldsRequired, missingSummary.ErrorKey);
        Assert.Equal(AdminErrors.LegalBasisTooLong, tooLong.ErrorKey);
        Assert.Equal(AdminErrors.ReasonRequired, noReason.ErrorKey);
        Assert.Equal(AdminErrors.NotAllowed, notAdmin.ErrorKey);
        Assert.Equal(AdminErrors.NotAllowed, retireNotAdmin.ErrorKey);
        Assert.Empty(await fixture.Get<ListLegalBasisRegister>().ExecuteAsync(bureau));
        Assert.Equal(before, (await fixture.Get<ListLegalBasisRegister>().ExecuteAsync(admin)).Count);
    }
}

public sealed class LegalBasisRegisterTests(AdministrationFixture fixture) : LegalBasisRegisterTestsCases(fixture), IClassFixture<AdministrationFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class LegalBasisRegisterTestsOnPostgreSql(PostgreSqlAdministrationFixture fixture) : LegalBasisRegisterTestsCases(fixture), IClassFixture<PostgreSqlAdministrationFixture>;
