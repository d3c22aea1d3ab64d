using GovData.Web.Components.Pages.Catalog;

namespace GovData.Tests.Web.Integration;

public sealed class ApiKeysTextTests
{
    [Fact]
    public void ExpiryInstant_IsTheStartOfTheNextChinaDay_AndLastValidDayReadsItBack()
    {
        var expires = ApiKeysText.ExpiryInstant(new DateOnly(2025, 10, 10));

        Assert.Equal(new DateTime(2025, 10, 10, 16, 0, 0, DateTimeKind.Utc), expires);
        Assert.Equal(DateTimeKind.Utc, expires.Kind);
        Assert.Equal(new DateOnly(2025, 10, 10), ApiKeysText.LastValidDay(expires));
    }
}
