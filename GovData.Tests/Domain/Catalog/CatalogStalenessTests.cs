using GovData.Domain.Resources;

namespace GovData.Tests.Domain.Catalog;

public sealed class CatalogStalenessTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    [Theory]
    [InlineData(UpdateCycle.RealTime, 2)]
    [InlineData(UpdateCycle.Daily, 2)]
    [InlineData(UpdateCycle.Weekly, 10)]
    [InlineData(UpdateCycle.Monthly, 46)]
    [InlineData(UpdateCycle.Quarterly, 138)]
    [InlineData(UpdateCycle.HalfYearly, 274)]
    [InlineData(UpdateCycle.Yearly, 549)]
    public void IsStale_FreshOnTheLastAllowedDay_StaleTheDayAfter(UpdateCycle cycle, int allowedDays)
    {
        Assert.Equal(allowedDays, CatalogStaleness.AllowedDays(cycle));
        Assert.False(CatalogStaleness.IsStale(cycle, Today.AddDays(-allowedDays), Today));
        Assert.True(CatalogStaleness.IsStale(cycle, Today.AddDays(-allowedDays - 1), Today));
    }

    [Fact]
    public void IsStale_Irregular_IsNeverStale()
    {
        Assert.False(CatalogStaleness.IsStale(UpdateCycle.Irregular, Today.AddYears(-10), Today));
        Assert.False(CatalogStaleness.IsStale(UpdateCycle.Irregular, null, Today));
    }

    [Fact]
    public void IsStale_WithACycleButNoUpdateDate_IsStale()
    {
        Assert.True(CatalogStaleness.IsStale(UpdateCycle.Monthly, null, Today));
    }

    [Fact]
    public void FreshUntil_IsTheLastUpdatePlusCycleAndGrace()
    {
        Assert.Equal(new DateOnly(2026, 2, 16), CatalogStaleness.FreshUntil(UpdateCycle.Monthly, new DateOnly(2026, 1, 1)));
        Assert.Null(CatalogStaleness.FreshUntil(UpdateCycle.Irregular, new DateOnly(2026, 1, 1)));
    }
}
