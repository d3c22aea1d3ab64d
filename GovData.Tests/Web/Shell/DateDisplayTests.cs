using System.Globalization;
using GovData.Web.Components.Shared;

namespace GovData.Tests.Web.Shell;

public sealed class DateDisplayTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void LongDate_Chinese_HasNoWeekday()
    {
        // The culture's own pattern (ICU) would give 2025年10月10日星期五.
        Assert.Equal("2025年10月10日", DateDisplay.LongDate(new DateOnly(2025, 10, 10), Chinese));
    }

    [Fact]
    public void LongDate_English_IsDayShortMonthYear()
    {
        Assert.Equal("10 Oct 2025", DateDisplay.LongDate(new DateOnly(2025, 10, 10), English));
    }

    [Fact]
    public void LongDateWithWeekday_BothLanguages()
    {
        Assert.Equal("2025年10月10日 星期五", DateDisplay.LongDateWithWeekday(new DateOnly(2025, 10, 10), Chinese));
        Assert.Equal("Friday, 10 Oct 2025", DateDisplay.LongDateWithWeekday(new DateOnly(2025, 10, 10), English));
    }

    [Fact]
    public void DateTime_IsShownInShanghai()
    {
        // 16:30 UTC on 9 October is 00:30 on 10 October in Shanghai.
        var utc = new DateTime(2025, 10, 9, 16, 30, 0, DateTimeKind.Utc);

        Assert.Equal("2025年10月10日 00:30", DateDisplay.DateTime(utc, Chinese));
        Assert.Equal("10 Oct 2025 00:30", DateDisplay.DateTime(utc, English));
        Assert.Equal("2025年10月10日", DateDisplay.LongDate(utc, Chinese));
    }
}
