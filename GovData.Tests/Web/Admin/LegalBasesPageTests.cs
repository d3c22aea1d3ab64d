using Bunit;
using GovData.Tests.Support;
using GovData.Web.Components.Pages.Admin.LegalBases;
using GovData.Workflows.Administration;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Web.Admin;

/// <summary>The legal-basis register page over the demo city on real SQLite, signed in as the SystemAdmin.</summary>
public sealed class LegalBasesPageTests : GovDataBunitContext
{
    private SqliteTestDatabase _database = default!;

    public LegalBasesPageTests()
    {
        UseCulture("zh-CN");
    }

    public override async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateSeededAsync();
        Services.AddSingleton(_ => _database);
        Services.AddSingleton<IDbContextFactory<GovDataDbContext>>(sp => sp.GetRequiredService<SqliteTestDatabase>());
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero)));
        Services.AddGovDataAdministration();
        SignIn(await _database.UserAsync("admin@govdata.local"), "市大数据管理局");
    }

    [Fact]
    public async Task TheRegister_ShowsHowOftenEachEntryIsCited_AndACitedEntryOffersNeitherEditNorDelete()
    {
        await SharingDemo.SeedAsync(_database);
        var citedId = await SharingDemo.CitedLegalBasisIdAsync(_database);

        var cut = Render<LegalBasesPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll($"[data-testid=legal-basis-{citedId}]")), WaitTimeout);

        Assert.Contains("测绘法", cut.Find($"[data-testid=legal-basis-{citedId}]").TextContent, StringComparison.Ordinal);
        Assert.NotEqual("0", cut.Find($"[data-testid=legal-basis-cited-{citedId}]").TextContent.Trim());
        cut.Find($"[data-testid=legal-basis-menu-{citedId}] button").Click();
        Popovers.WaitForAssertion(() => Assert.NotEmpty(Popovers.FindAll($"[data-testid=legal-basis-retire-{citedId}]")), WaitTimeout);
        Assert.Empty(Popovers.FindAll($"[data-testid=legal-basis-edit-{citedId}]"));
        Assert.Empty(Popovers.FindAll($"[data-testid=legal-basis-delete-{citedId}]"));
    }

    [Fact]
    public void AddingAnEntry_ThroughTheDialog_ListsIt_AndADuplicateSaysWhichCitationExists()
    {
        var cut = Render<LegalBasesPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=legal-bases-table]")), WaitTimeout);

        Add(cut, "中华人民共和国网络安全法", "第四十二条", "第一款");
        cut.WaitForAssertion(() => Assert.Contains("《中华人民共和国网络安全法》第四十二条第一款", cut.Find("[data-testid=legal-bases-table]").TextContent, StringComparison.Ordinal), WaitTimeout);
        Add(cut, "中华人民共和国网络安全法", "第四十二条", "第一款");
        cut.WaitForAssertion(() => Assert.Contains("依据库中已有《中华人民共和国网络安全法》第四十二条第一款", Snackbars(), StringComparison.Ordinal), WaitTimeout);
    }

    [Fact]
    public void TheFilter_NarrowsTheList_AndSaysWhenNothingMatches()
    {
        var cut = Render<LegalBasesPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=legal-bases-table] tbody tr")), WaitTimeout);

        cut.Find("input[data-testid=legal-bases-filter]").Input("测绘法");
        cut.WaitForAssertion(() => Assert.All(cut.FindAll("[data-testid=legal-bases-table] tbody tr"), r => Assert.Contains("测绘法", r.TextContent, StringComparison.Ordinal)), WaitTimeout);
        cut.Find("input[data-testid=legal-bases-filter]").Input("没有这部法");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=legal-bases-no-match]")), WaitTimeout);
    }

    private void Add(IRenderedComponent<LegalBasesPage> cut, string law, string article, string clause)
    {
        cut.Find("[data-testid=legal-basis-add]").Click();
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("input[data-testid=legal-basis-law]")), WaitTimeout);
        Dialogs.Find("input[data-testid=legal-basis-law]").Input(law);
        Dialogs.Find("input[data-testid=legal-basis-article]").Input(article);
        Dialogs.Find("input[data-testid=legal-basis-clause]").Input(clause);
        Dialogs.Find("textarea[data-testid=legal-basis-text]").Input("网络运营者不得泄露个人信息");
        Dialogs.Find("input[data-testid=legal-basis-reason]").Input("新增");
        Dialogs.Find("[data-testid=legal-basis-submit]").Click();
    }
}
