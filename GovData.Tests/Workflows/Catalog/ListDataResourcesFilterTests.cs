using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Catalog;

/// <summary>The catalog list's scopes (who sees which base set) and each server-side filter, on the demo city.</summary>
public abstract class ListDataResourcesFilterTestsCases(DemoCatalogFixture fixture)
{
    private const string Bureau = "bureau@govdata.local";

    // Far enough ahead that every published entry with a cycle is stale, so the stale filter has rows to find.
    private static readonly FakeTimeProvider Future = new(new DateTimeOffset(2030, 6, 1, 2, 0, 0, TimeSpan.Zero));

    private ListDataResources UseCase => new(fixture.Database, Future);

    private async Task<IReadOnlyList<DataResourceRow>> AllAsync(string email, DataResourceFilter filter) =>
        await AllAsync(await fixture.UserAsync(email), filter);

    private async Task<IReadOnlyList<DataResourceRow>> AllAsync(UserContext user, DataResourceFilter filter)
    {
        var page = await UseCase.ExecuteAsync(user, filter with { PageSize = DataResourceFilter.MaxPageSize });
        Assert.Equal(page.TotalCount, page.Rows.Count);
        return page.Rows;
    }

    /// <summary>The filtered list equals the unfiltered list narrowed in memory, and is a real narrowing.</summary>
    private async Task AssertNarrowsAsync(DataResourceFilter filter, Func<DataResourceRow, bool> expected)
    {
        var all = await AllAsync(Bureau, new DataResourceFilter());
        var filtered = await AllAsync(Bureau, filter);

        Assert.NotEmpty(filtered);
        Assert.True(filtered.Count < all.Count, "the filter should leave some rows out");
        Assert.Equal(all.Where(expected).Select(r => r.Code), filtered.Select(r => r.Code));
    }

    [Theory]
    [InlineData("catalog.ga@govdata.local")]
    [InlineData("requester.rs@govdata.local")]
    public async Task DepartmentScope_IsTheOwnDepartmentOnly_InEveryStatus(string email)
    {
        var user = await fixture.UserAsync(email);

        var rows = await AllAsync(user, new DataResourceFilter(Scope: CatalogScope.Department));

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(user.DepartmentId, r.ProviderDepartmentId));
        Assert.Contains(rows, r => r.Status == CatalogStatus.Draft);
    }

    [Fact]
    public async Task DepartmentScope_ForGa_IncludesItsRetiredEntry()
    {
        var rows = await AllAsync("catalog.ga@govdata.local", new DataResourceFilter(Scope: CatalogScope.Department));
        Assert.Contains(rows, r => r is { Code: "3.09.002/GA-9002", Status: CatalogStatus.Retired });
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public async Task DepartmentScope_IgnoresAnotherDepartmentFilter_SoStaffCannotWidenIt()
    {
        var rows = await AllAsync("catalog.ga@govdata.local", new DataResourceFilter(Scope: CatalogScope.Department, DepartmentId: fixture.DepartmentIds["RS"]));
        Assert.Empty(rows);
    }

    [Fact]
    public async Task DepartmentScope_IsEmptyForThePublic()
    {
        Assert.Empty(await AllAsync("applicant@govdata.local", new DataResourceFilter(Scope: CatalogScope.Department)));
        Assert.Empty(await AllAsync(UserContext.Anonymous, new DataResourceFilter(Scope: CatalogScope.Department)));
    }

    [Fact]
    public async Task FullScope_WithDepartmentFilter_GivesTheBureauOneDepartmentsWholeCatalog()
    {
        var rs = fixture.DepartmentIds["RS"];
        var rows = await AllAsync(Bureau, new DataResourceFilter(DepartmentId: rs));

        Assert.All(rows, r => Assert.Equal(rs, r.ProviderDepartmentId));
        Assert.Contains(rows, r => r.Code == "3.09.001/RS-9001");
    }

    [Fact]
    public async Task FullScope_ForOtherStaff_StillHidesOtherDepartmentsDrafts()
    {
        var rows = await AllAsync("catalog.ga@govdata.local", new DataResourceFilter(DepartmentId: fixture.DepartmentIds["RS"]));
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(CatalogStatus.Published, r.Status));
    }

    [Theory]
    [InlineData(Bureau)]
    [InlineData("catalog.ga@govdata.local")]
    public async Task SharingScope_IsThePublishedCatalog_NotSharedEntriesListedWithTheirBasis(string email)
    {
        var rows = await AllAsync(email, new DataResourceFilter(Scope: CatalogScope.Sharing));

        Assert.Equal(DemoCatalogFixture.DemoPublished, rows.Count);
        Assert.All(rows, r => Assert.Equal(CatalogStatus.Published, r.Status));
        var notShared = Assert.Single(rows, r => r.Code == "2.01.001/WJ-0001");
        Assert.Equal(ShareType.NotShared, notShared.ShareType);
        Assert.False(string.IsNullOrEmpty(notShared.LegalBasis));
    }

    [Fact]
    public async Task SharingScope_WithShareTypeFilter_LeavesNotSharedOut()
    {
        var rows = await AllAsync("catalog.ga@govdata.local", new DataResourceFilter(Scope: CatalogScope.Sharing, ShareType: ShareType.Conditional));
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(ShareType.Conditional, r.ShareType));
    }

    [Fact]
    public async Task SharingScope_IsEmptyForThePublic()
    {
        Assert.Empty(await AllAsync("applicant@govdata.local", new DataResourceFilter(Scope: CatalogScope.Sharing)));
    }

    [Theory]
    [InlineData(Bureau)]
    [InlineData("applicant@govdata.local")]
    public async Task OpenScope_IsThePublishedCatalog_NotOpenEntriesWithTheirBasis(string email)
    {
        var rows = await AllAsync(email, new DataResourceFilter(Scope: CatalogScope.Open));

        Assert.Equal(DemoCatalogFixture.DemoPublished, rows.Count);
        Assert.All(rows, r => Assert.Equal(CatalogStatus.Published, r.Status));
        Assert.All(rows.Where(r => r.OpenType == OpenType.NotOpen), r => Assert.False(string.IsNullOrEmpty(r.LegalBasis)));
    }

    [Fact]
    public async Task OpenScope_StaffSeeNoDraftOfTheirOwn()
    {
        var rows = await AllAsync("catalog.ga@govdata.local", new DataResourceFilter(Scope: CatalogScope.Open));
        Assert.DoesNotContain(rows, r => r.Code == "3.09.001/GA-9001");
    }

    [Fact]
    public Task CatalogClassFilter_Narrows() =>
        AssertNarrowsAsync(new DataResourceFilter(CatalogClass: CatalogClass.Base), r => r.CatalogClass == CatalogClass.Base);

    [Fact]
    public Task UpdateCycleFilter_Narrows() =>
        AssertNarrowsAsync(new DataResourceFilter(UpdateCycle: UpdateCycle.Weekly), r => r.UpdateCycle == UpdateCycle.Weekly);

    [Fact]
    public Task DepartmentFilter_Narrows() =>
        AssertNarrowsAsync(new DataResourceFilter(DepartmentId: fixture.DepartmentIds["WJ"]), r => r.ProviderDepartmentId == fixture.DepartmentIds["WJ"]);

    [Fact]
    public Task StatusFilter_Narrows() =>
        AssertNarrowsAsync(new DataResourceFilter(Status: CatalogStatus.Draft), r => r.Status == CatalogStatus.Draft);

    [Fact]
    public Task StaleFilter_MatchesTheRowsStaleFlag() =>
        AssertNarrowsAsync(new DataResourceFilter(Stale: true), r => r.IsStale);

    [Fact]
    public Task NotStaleFilter_IsTheComplement() =>
        AssertNarrowsAsync(new DataResourceFilter(Stale: false), r => !r.IsStale);

    [Fact]
    public async Task StaleFilter_UsesTheStaleListsRule()
    {
        var user = await fixture.UserAsync(Bureau);
        var stale = await AllAsync(user, new DataResourceFilter(Stale: true));
        var staleList = await new ListStaleResources(fixture.Database, Future).ExecuteAsync(user, new StaleResourceFilter(PageSize: 100));

        Assert.Equal(staleList.Rows.Select(r => r.Code).Order(StringComparer.Ordinal), stale.Select(r => r.Code));
    }

    [Fact]
    public async Task ThemeFilter_Narrows()
    {
        var rows = await AllAsync(Bureau, new DataResourceFilter(Theme: Theme.Health));

        await using var db = fixture.Database.CreateDbContext();
        var expected = await db.DataResources.Where(r => r.Theme == Theme.Health).Select(r => r.Code).ToListAsync();
        Assert.NotEmpty(rows);
        Assert.Equal(expected.Select(c => c.Value).Order(StringComparer.Ordinal), rows.Select(r => r.Code));
    }

    [Fact]
    public async Task Rows_CarryTheVersion_AndTheRevisionFlag_OnlyForTheDepartmentAndTheBureau()
    {
        var manager = await fixture.UserAsync("catalog.ga@govdata.local");
        var id = await fixture.ResourceIdAsync("3.01.002/GA-0004");
        var live = await new GetDataResource(fixture.Database, Future).ExecuteAsync(id, manager);
        var saved = await new SaveCatalogDraft(fixture.Database.UnitOfWork(Future), Future).ExecuteAsync(manager, new SaveCatalogDraftCommand(id, live!.Content! with { Name = "道路交通事故统计（修订）" }));
        Assert.True(saved.Succeeded, saved.ErrorKey);

        var own = await AllAsync(manager, new DataResourceFilter(Scope: CatalogScope.Department));
        var bureau = await AllAsync(Bureau, new DataResourceFilter(Text: "3.01.002/GA-0004"));
        var other = await AllAsync("requester.rs@govdata.local", new DataResourceFilter(Text: "3.01.002/GA-0004"));

        Assert.True(own.Single(r => r.Id == id).HasOpenDraft);
        Assert.Equal(1, own.Single(r => r.Id == id).CurrentVersion);
        Assert.Equal(0, own.Single(r => r.Code == "3.09.001/GA-9001").CurrentVersion);
        Assert.True(Assert.Single(bureau).HasOpenDraft);
        Assert.False(Assert.Single(other).HasOpenDraft);
    }

    [Theory]
    [InlineData("ga", 6)] // ASCII searches the code, which holds the provider's code, case-insensitively
    [InlineData("卫生健康", 3)] // other text: the name or the provider's name (市卫生健康委员会)
    public async Task TextFilter_AsciiSearchesTheCode_OtherTextTheNames(string text, int expected)
    {
        var page = await UseCase.ExecuteAsync(await fixture.UserAsync(Bureau), new DataResourceFilter(Text: text, PageSize: 100));

        Assert.Equal(expected, page.TotalCount);
        Assert.False(page.CountCapped);
    }
}

public sealed class ListDataResourcesFilterTests(DemoCatalogFixture fixture) : ListDataResourcesFilterTestsCases(fixture), IClassFixture<DemoCatalogFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class ListDataResourcesFilterTestsOnPostgreSql(PostgreSqlDemoCatalogFixture fixture) : ListDataResourcesFilterTestsCases(fixture), IClassFixture<PostgreSqlDemoCatalogFixture>;
