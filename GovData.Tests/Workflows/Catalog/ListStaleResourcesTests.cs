using GovData.Domain.Resources;
using GovData.Workflows.Catalog;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Catalog;

public sealed class ListStaleResourcesTests(StaleCatalogFixture fixture) : IClassFixture<StaleCatalogFixture>
{
    private ListStaleResources UseCase(DateTimeOffset? now = null) =>
        new(fixture.Demo.Database, new FakeTimeProvider(now ?? StaleCatalogFixture.Now));

    private async Task<HashSet<string>> CodesAsync(string email, StaleResourceFilter? filter = null)
    {
        var user = await fixture.Demo.UserAsync(email);
        var page = await UseCase().ExecuteAsync(user, filter ?? new StaleResourceFilter(PageSize: StaleResourceFilter.MaxPageSize));
        Assert.Equal(page.TotalCount, page.Rows.Count);
        return page.Rows.Select(r => r.Code).ToHashSet();
    }

    [Fact]
    public async Task Bureau_SeesStaleEntriesOfTheWholeCity()
    {
        var codes = await CodesAsync("bureau@govdata.local");

        Assert.Equal(["3.09.101/GA-9101", "3.09.101/RS-9101", "3.09.103/GA-9103"], codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Bureau_CanFilterByDepartment()
    {
        var codes = await CodesAsync(
            "bureau@govdata.local", new StaleResourceFilter(fixture.Demo.DepartmentIds["RS"], PageSize: StaleResourceFilter.MaxPageSize));

        Assert.Equal(["3.09.101/RS-9101"], codes);
    }

    [Fact]
    public async Task DepartmentStaff_SeeOnlyTheirOwn_EvenWhenAskingForAnotherDepartment()
    {
        var ga = await CodesAsync(
            "catalog.ga@govdata.local", new StaleResourceFilter(fixture.Demo.DepartmentIds["RS"], PageSize: StaleResourceFilter.MaxPageSize));
        var rs = await CodesAsync("requester.rs@govdata.local");

        Assert.Equal(["3.09.101/GA-9101", "3.09.103/GA-9103"], ga.Order());
        Assert.Equal(["3.09.101/RS-9101"], rs);
    }

    [Fact]
    public async Task Applicant_SeesNothing()
    {
        Assert.Empty(await CodesAsync("applicant@govdata.local"));
    }

    [Fact]
    public async Task ThresholdPerCycle_OneDayPastIsStale_LastFreshDayIsNot()
    {
        var user = await fixture.Demo.UserAsync("bureau@govdata.local");
        var page = await UseCase().ExecuteAsync(user, new StaleResourceFilter(PageSize: StaleResourceFilter.MaxPageSize));

        // Monthly: 2026-01-22 is one day past its 46 days, 2026-01-23 is on the last fresh day (and so on per cycle).
        var monthly = Assert.Single(page.Rows, r => r.UpdateCycle == UpdateCycle.Monthly);
        Assert.Equal(new DateOnly(2026, 1, 22), monthly.LastDataUpdate);
        Assert.Equal(1, monthly.DaysOverdue);
        Assert.Equal(1, Assert.Single(page.Rows, r => r.UpdateCycle == UpdateCycle.Weekly).DaysOverdue);
        Assert.Equal(1, Assert.Single(page.Rows, r => r.UpdateCycle == UpdateCycle.Daily).DaysOverdue);
        Assert.False(string.IsNullOrEmpty(monthly.ProviderName));
        Assert.All(page.Rows, r => Assert.True(CatalogStaleness.IsStale(r.UpdateCycle, r.LastDataUpdate, StaleCatalogFixture.Today)));
    }

    [Fact]
    public async Task Today_IsTheShanghaiDate_NotTheUtcDate()
    {
        var user = await fixture.Demo.UserAsync("bureau@govdata.local");
        // 2026-03-09 15:59 UTC is still the 9th in Shanghai (23:59): the day-10 thresholds do not apply yet.
        var before = await UseCase(new DateTimeOffset(2026, 3, 9, 15, 59, 0, TimeSpan.Zero)).ExecuteAsync(user, new StaleResourceFilter());
        var after = await UseCase(new DateTimeOffset(2026, 3, 9, 16, 0, 0, TimeSpan.Zero)).ExecuteAsync(user, new StaleResourceFilter());

        Assert.Equal(new DateOnly(2026, 3, 9), before.Today);
        Assert.Equal(0, before.TotalCount);
        Assert.Equal(3, after.TotalCount);
    }

    [Fact]
    public async Task Paging_CountsAllButReturnsOnePage()
    {
        var user = await fixture.Demo.UserAsync("bureau@govdata.local");
        var first = await UseCase().ExecuteAsync(user, new StaleResourceFilter(PageSize: 2));
        var second = await UseCase().ExecuteAsync(user, new StaleResourceFilter(Page: 1, PageSize: 2));

        Assert.Equal(3, first.TotalCount);
        Assert.Equal(2, first.Rows.Count);
        Assert.Single(second.Rows);
        Assert.DoesNotContain(second.Rows[0].Code, first.Rows.Select(r => r.Code));
    }
}
