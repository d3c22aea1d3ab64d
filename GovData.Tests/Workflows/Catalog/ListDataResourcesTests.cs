using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Catalog;

namespace GovData.Tests.Workflows.Catalog;

public abstract class ListDataResourcesTestsCases(DemoCatalogFixture fixture)
{
    private const int AllRows = DemoCatalogFixture.Total;

    private ListDataResources UseCase => new(fixture.Database, TimeProvider.System);

    private async Task<IReadOnlyList<DataResourceRow>> AllVisibleAsync(UserContext user, DataResourceFilter? filter = null)
    {
        var page = await UseCase.ExecuteAsync(user, (filter ?? new DataResourceFilter()) with { PageSize = DataResourceFilter.MaxPageSize });
        Assert.Equal(page.TotalCount, page.Rows.Count);
        return page.Rows;
    }

    [Theory]
    [InlineData("catalog.ga@govdata.local")]
    [InlineData("approver.ga@govdata.local")]
    [InlineData("security.ga@govdata.local")]
    public async Task DepartmentStaff_SeeOwnDraftsAndRetired_AndOnlyPublishedOfOthers(string email)
    {
        var user = await fixture.UserAsync(email);
        var rows = await AllVisibleAsync(user);

        var codes = rows.Select(r => r.Code).ToHashSet();
        Assert.Contains("3.09.001/GA-9001", codes);
        Assert.Contains("3.09.002/GA-9002", codes);
        Assert.DoesNotContain("3.09.001/RS-9001", codes);
        Assert.DoesNotContain("3.02.001/SCJG-0004", codes);
        Assert.DoesNotContain("2.07.001/ZRZY-0003", codes);
        Assert.All(rows.Where(r => r.ProviderDepartmentId != fixture.DepartmentIds["GA"]), r => Assert.Equal(CatalogStatus.Published, r.Status));
        Assert.Equal(DemoCatalogFixture.DemoPublished + 2, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.ShareType));
    }

    [Fact]
    public async Task OtherDepartmentStaff_SeeTheirOwnDraft_NotGas()
    {
        var user = await fixture.UserAsync("requester.rs@govdata.local");
        var codes = (await AllVisibleAsync(user)).Select(r => r.Code).ToHashSet();

        Assert.Contains("3.09.001/RS-9001", codes);
        Assert.DoesNotContain("3.09.001/GA-9001", codes);
        Assert.DoesNotContain("3.09.002/GA-9002", codes);
        Assert.Equal(DemoCatalogFixture.DemoPublished + 1, codes.Count);
    }

    [Theory]
    [InlineData("bureau@govdata.local")]
    [InlineData("admin@govdata.local")]
    public async Task BureauRoles_SeeEveryDepartmentsEntries(string email)
    {
        var user = await fixture.UserAsync(email);
        Assert.True(user.SeesAllDepartments);

        var rows = await AllVisibleAsync(user);

        Assert.Equal(AllRows, rows.Count);
        Assert.Contains(rows, r => r.Code == "3.09.001/RS-9001");
        Assert.Contains(rows, r => r.Code == "3.02.001/SCJG-0004");
    }

    [Fact]
    public async Task Applicant_SeesPublishedEntriesWithBasis_ButNoSharingClass()
    {
        var user = await fixture.UserAsync("applicant@govdata.local");
        var rows = await AllVisibleAsync(user);

        Assert.Equal(DemoCatalogFixture.DemoPublished, rows.Count);
        Assert.All(rows, r => Assert.Equal(CatalogStatus.Published, r.Status));
        Assert.All(rows, r => Assert.Null(r.ShareType));
        // Art. 27: the basis of NotOpen and OnApplication entries is public.
        var notOpen = Assert.Single(rows, r => r.Code == "1.01.001/GA-0001");
        Assert.Equal(OpenType.NotOpen, notOpen.OpenType);
        Assert.False(string.IsNullOrEmpty(notOpen.LegalBasis));
    }

    [Fact]
    public async Task Anonymous_SeesTheSameAsTheApplicant()
    {
        var anonymous = await AllVisibleAsync(UserContext.Anonymous);
        var applicant = await AllVisibleAsync(await fixture.UserAsync("applicant@govdata.local"));
        Assert.Equal(applicant.Select(r => r.Code), anonymous.Select(r => r.Code));
    }

    [Fact]
    public async Task Applicant_ShareTypeFilter_IsIgnored_SoItRevealsNothing()
    {
        var user = await fixture.UserAsync("applicant@govdata.local");
        var rows = await AllVisibleAsync(user, new DataResourceFilter(ShareType: ShareType.NotShared));
        Assert.Equal(DemoCatalogFixture.DemoPublished, rows.Count);
    }

    [Fact]
    public async Task StatusFilter_Draft_ShowsOnlyTheUsersOwnDrafts()
    {
        var user = await fixture.UserAsync("catalog.ga@govdata.local");
        var rows = await AllVisibleAsync(user, new DataResourceFilter(Status: CatalogStatus.Draft));
        Assert.Equal("3.09.001/GA-9001", Assert.Single(rows).Code);
    }

    [Theory]
    [InlineData("公安", 6)] // provider 市公安局: 4 demo entries + 3.09.001/GA-9001 + 3.09.002/GA-9002
    [InlineData("/GA-000", 4)] // code: the four demo entries of GA
    [InlineData("社会保险", 1)] // name
    public async Task TextFilter_MatchesCodeNameOrProvider(string text, int expected)
    {
        var user = await fixture.UserAsync("bureau@govdata.local");
        var rows = await AllVisibleAsync(user, new DataResourceFilter(Text: text));
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.True(
            r.Code.Contains(text, StringComparison.Ordinal) || r.Name.Contains(text, StringComparison.Ordinal) || r.ProviderName.Contains(text, StringComparison.Ordinal),
            $"{r.Code} {r.Name} {r.ProviderName} does not match '{text}'"));
    }

    [Fact]
    public async Task ShareAndOpenFilters_Combine()
    {
        var user = await fixture.UserAsync("bureau@govdata.local");
        var rows = await AllVisibleAsync(user, new DataResourceFilter(ShareType: ShareType.Conditional, OpenType: OpenType.NotOpen));
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r is { ShareType: ShareType.Conditional, OpenType: OpenType.NotOpen }));
    }

    [Fact]
    public async Task Paging_ReturnsThePageAndTheTotal_OrderedByCode()
    {
        var user = await fixture.UserAsync("bureau@govdata.local");
        var all = await AllVisibleAsync(user);

        var second = await UseCase.ExecuteAsync(user, new DataResourceFilter(Page: 1, PageSize: 5));

        Assert.Equal(AllRows, second.TotalCount);
        Assert.Equal(all.Skip(5).Take(5).Select(r => r.Code), second.Rows.Select(r => r.Code));
        Assert.Equal(all.Select(r => r.Code).Order(StringComparer.Ordinal), all.Select(r => r.Code));
    }

    [Fact]
    public async Task PageSize_IsCapped()
    {
        var user = await fixture.UserAsync("bureau@govdata.local");
        var huge = await UseCase.ExecuteAsync(user, new DataResourceFilter(PageSize: 100_000));
        var zero = await UseCase.ExecuteAsync(user, new DataResourceFilter(PageSize: 0));

        Assert.Equal(AllRows, huge.Rows.Count); // capped at 100, which is more than 24
        Assert.Single(zero.Rows);
    }

    [Fact]
    public async Task ProviderName_IsTheDepartmentsName()
    {
        var user = await fixture.UserAsync("bureau@govdata.local");
        var rows = await AllVisibleAsync(user, new DataResourceFilter(Text: "1.01.001/GA-0001"));
        Assert.Equal("市公安局", Assert.Single(rows).ProviderName);
    }
}

public sealed class ListDataResourcesTests(DemoCatalogFixture fixture) : ListDataResourcesTestsCases(fixture), IClassFixture<DemoCatalogFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class ListDataResourcesTestsOnPostgreSql(PostgreSqlDemoCatalogFixture fixture) : ListDataResourcesTestsCases(fixture), IClassFixture<PostgreSqlDemoCatalogFixture>;
