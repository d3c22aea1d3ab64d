using System.Globalization;
using GovData.Workflows.Administration;
using GovData.Workflows.Administration.LegalBases;
using GovData.Workflows.OpenData.Applications;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using V1 = GovData.Workflows.OpenData.Applications.OpenDataApplicationWorkflowV1;

namespace GovData.Tests.Workflows.OpenData.Applications;

/// <summary>A legal basis cited by an open-data application's refusal (Art. 26) is kept as it was: the register counts
/// it and refuses to change or delete it, wherever it stands in the application's list of bases; an entry next to a cited
/// one stays free.</summary>
public abstract class RefusalCitationTestsCases(OpenDataApplicationFixture fixture)
{
    [Fact]
    public async Task EveryBasisOfARefusal_IsCited_AndTheEntriesBetweenThemAreNot()
    {
        fixture.SetChinaTime(new DateTime(2026, 3, 2, 9, 30, 0));
        var admin = await fixture.UserAsync("admin@govdata.local");
        // The register's use cases belong to administration, which this fixture does not register: built here.
        var (contexts, time) = (fixture.Get<IDbContextFactory<GovDataDbContext>>(), fixture.Get<TimeProvider>());
        var save = new SaveLegalBasis(contexts, time);
        var list = new ListLegalBasisRegister(contexts);
        var ids = new List<int>();
        for (var article = 1; article <= 12; article++)
        {
            var added = await save.ExecuteAsync(admin, null, new LegalBasisInput("引用测试条例", $"第{article}条", null, "测试"), "测试引用");
            Assert.True(added.Succeeded, added.ErrorKey);
        }

        var register = await list.ExecuteAsync(admin);
        ids.AddRange(register.Where(r => r.LawName == "引用测试条例").Select(r => r.Id).Order());
        // Cite three entries: the list is stored ordered ("a,b,c"), so each of them is first, middle or last.
        var cited = new[] { ids[0], ids[2], ids[9] };
        var applied = await fixture.ApplyAsync();
        var refused = await fixture.FireAsync(applied.InstanceId!.Value, V1.Refuse, "approver.scjg@govdata.local", "涉及商业秘密",
            OpenDataApplicationArguments.LegalBases.Of([.. cited.Select(i => i.ToString(CultureInfo.InvariantCulture))]));
        Assert.True(refused.Succeeded, refused.MessageKey);

        var rows = await list.ExecuteAsync(admin);
        Assert.All(cited, id => Assert.True(rows.Single(r => r.Id == id).IsCited));
        var change = new ChangeLegalBasisStanding(contexts, time);
        foreach (var id in cited)
        {
            Assert.Equal(AdminErrors.LegalBasisCited, (await change.ExecuteAsync(admin, id, LegalBasisChange.Delete, "清理")).ErrorKey);
        }

        // The entries between the cited ones are not cited and stay free to delete.
        foreach (var id in ids.Except(cited).Take(3))
        {
            Assert.False(rows.Single(r => r.Id == id).IsCited);
            Assert.True((await change.ExecuteAsync(admin, id, LegalBasisChange.Delete, "清理")).Succeeded);
        }
    }
}

[Collection(nameof(OpenDataApplicationFlowTests))]
public sealed class RefusalCitationTests(OpenDataApplicationFixture fixture) : RefusalCitationTestsCases(fixture), IClassFixture<OpenDataApplicationFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class RefusalCitationTestsOnPostgreSql(PostgreSqlOpenDataApplicationFixture fixture) : RefusalCitationTestsCases(fixture), IClassFixture<PostgreSqlOpenDataApplicationFixture>;
