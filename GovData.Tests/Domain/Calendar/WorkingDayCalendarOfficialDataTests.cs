using GovData.Domain.Calendar;
using static GovData.Tests.Domain.Calendar.OfficialSchedules;

namespace GovData.Tests.Domain.Calendar;

/// <summary>Every day of the official 2025 and 2026 schedules, generated from the files shipped with the app.</summary>
public sealed class WorkingDayCalendarOfficialDataTests
{
    public static TheoryData<string, bool, string> ListedDays()
    {
        var data = new TheoryData<string, bool, string>();
        foreach (var day in Files.SelectMany(f => f.Days))
        {
            data.Add(day.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), day.IsOffDay, day.Name);
        }

        return data;
    }

    [Fact]
    public void ShippedSchedules_AreTheOfficialFiles()
    {
        Assert.Equal([2025, 2026], Files.Select(f => f.Year));
        Assert.Equal(33, Files[0].Days.Count);
        Assert.Equal(39, Files[1].Days.Count);
        Assert.Equal(72, ListedDays().Count);
    }

    [Theory]
    [MemberData(nameof(ListedDays))]
    public void IsWorkingDay_FollowsEveryListedDay(string date, bool isOffDay, string name)
    {
        var day = Date(date);

        var description = Official.Describe(day);

        Assert.Equal(!isOffDay, Official.IsWorkingDay(day));
        Assert.Equal(isOffDay ? DayKind.Holiday : DayKind.MakeUpWorkday, description.Kind);
        Assert.Equal(name, description.HolidayName);
        Assert.True(description.YearLoaded);
        if (!isOffDay)
        {
            Assert.True(CalendarRules.IsWeekend(day), "a make-up working day is always a Saturday or Sunday");
        }
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void IsWorkingDay_UnlistedDaysFollowTheWeek(int year)
    {
        var listed = Days.Select(d => d.Date).ToHashSet();
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            if (!listed.Contains(day))
            {
                Assert.Equal(!CalendarRules.IsWeekend(day), Official.IsWorkingDay(day));
                Assert.Equal(CalendarRules.IsWeekend(day) ? DayKind.Weekend : DayKind.Workday, Official.Describe(day).Kind);
            }
        }
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void WorkingDaysInYear_Is248(int year)
    {
        var counted = 0;
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            counted += Official.IsWorkingDay(day) ? 1 : 0;
        }

        Assert.Equal(248, counted);
        Assert.Equal(248, Official.WorkingDaysInYear(year));
    }

    [Theory]
    [MemberData(nameof(ListedDays))]
    public void AddWorkingDays_FromTheDayBeforeEachListedDay_LandsOnTheNextWorkingDay(string date, bool isOffDay, string name)
    {
        var day = Date(date);
        var received = day.AddDays(-1);

        var due = Official.AddWorkingDays(received, 1);

        var expected = day;
        while (!Official.IsWorkingDay(expected))
        {
            expected = expected.AddDays(1);
        }

        Assert.Equal(expected, due);
        Assert.Equal(!isOffDay, due == day);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Fact]
    public void AddWorkingDays_AgreesWithWorkingDaysBetween_ForEveryDayOf2025And2026()
    {
        for (var day = new DateOnly(2025, 1, 1); day.Year <= 2026; day = day.AddDays(1))
        {
            foreach (var n in new[] { 1, 5, 15, 20, 365 })
            {
                var due = Official.AddWorkingDays(day, n);
                Assert.True(Official.IsWorkingDay(due));
                Assert.Equal(n, Official.WorkingDaysBetween(day, due));
                Assert.Equal(n - 1, Official.WorkingDaysBetween(day, due.AddDays(-1)));
            }
        }
    }
}
