using GovData.Domain.Calendar;
using static GovData.Tests.Domain.Calendar.OfficialSchedules;

namespace GovData.Tests.Domain.Calendar;

public sealed class WorkingDayCalendarTests
{
    [Theory]
    // Spring Festival 2025: off 01-28..02-04, make-up Sunday 01-26 and Saturday 02-08.
    [InlineData("2025-01-24", 1, "2025-01-26")]
    [InlineData("2025-01-24", 2, "2025-01-27")]
    [InlineData("2025-01-24", 3, "2025-02-05")]
    [InlineData("2025-01-27", 1, "2025-02-05")]
    [InlineData("2025-02-07", 1, "2025-02-08")]
    [InlineData("2025-02-07", 2, "2025-02-10")]
    // Labour Day 2025: make-up Sunday 04-27, off 05-01..05-05.
    [InlineData("2025-04-25", 1, "2025-04-27")]
    [InlineData("2025-04-30", 1, "2025-05-06")]
    // National Day and Mid-Autumn 2025: make-up Sunday 09-28, off 10-01..10-08, make-up Saturday 10-11.
    [InlineData("2025-09-26", 1, "2025-09-28")]
    [InlineData("2025-09-30", 1, "2025-10-09")]
    [InlineData("2025-09-30", 3, "2025-10-11")]
    [InlineData("2025-09-30", 4, "2025-10-13")]
    [InlineData("2025-09-26", 15, "2025-10-23")]
    // Year boundary into 2026: off 01-01..01-03, make-up Sunday 01-04.
    [InlineData("2025-12-31", 1, "2026-01-04")]
    [InlineData("2025-12-31", 2, "2026-01-05")]
    // Spring Festival 2026: make-up Saturday 02-14, off 02-15..02-23, make-up Saturday 02-28.
    [InlineData("2026-02-13", 1, "2026-02-14")]
    [InlineData("2026-02-13", 2, "2026-02-24")]
    [InlineData("2026-02-27", 1, "2026-02-28")]
    // Labour Day 2026: off 05-01..05-05, make-up Saturday 05-09.
    [InlineData("2026-04-30", 1, "2026-05-06")]
    [InlineData("2026-05-08", 1, "2026-05-09")]
    // Mid-Autumn and National Day 2026: make-up Sunday 09-20, off 09-25..09-27 and 10-01..10-07, make-up Saturday 10-10.
    [InlineData("2026-09-18", 1, "2026-09-20")]
    [InlineData("2026-09-24", 1, "2026-09-28")]
    [InlineData("2026-09-30", 1, "2026-10-08")]
    [InlineData("2026-09-30", 3, "2026-10-10")]
    public void AddWorkingDays_FollowsTheOfficialSchedule(string received, int workingDays, string expected)
    {
        Assert.Equal(Date(expected), Official.AddWorkingDays(Date(received), workingDays));
    }

    [Theory]
    [InlineData("2025-10-03", 1, "2025-10-09")] // received on a holiday
    [InlineData("2025-10-04", 5, "2025-10-14")] // received on a holiday that is a Saturday
    [InlineData("2025-10-12", 1, "2025-10-13")] // received on an ordinary Sunday
    [InlineData("2026-02-17", 1, "2026-02-24")] // received during the Spring Festival 2026
    public void AddWorkingDays_ReceivedOnADayOff_CountsFromTheNextWorkingDay(string received, int workingDays, string expected)
    {
        Assert.Equal(Date(expected), Official.AddWorkingDays(Date(received), workingDays));
    }

    [Theory]
    [InlineData("2025-09-28", 1, "2025-09-29")]
    [InlineData("2025-10-11", 5, "2025-10-17")]
    [InlineData("2026-01-04", 1, "2026-01-05")]
    [InlineData("2026-02-28", 1, "2026-03-02")]
    public void AddWorkingDays_ReceivedOnAMakeUpDay_DoesNotCountTheDayOfReceipt(string received, int workingDays, string expected)
    {
        Assert.Equal(Date(expected), Official.AddWorkingDays(Date(received), workingDays));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(366)]
    public void AddWorkingDays_RefusesAWorkingDayCountOutside1To365(int workingDays)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.AddWorkingDays(Date("2025-10-10"), workingDays));
    }

    [Fact]
    public void Explain_NationalDay2025_ListsCountedAndSkippedDaysWithReasons()
    {
        var explanation = Official.Explain(Date("2025-09-30"), 5);

        Assert.Equal(Date("2025-09-30"), explanation.Received);
        Assert.Equal(5, explanation.WorkingDays);
        Assert.Equal(Date("2025-10-14"), explanation.DueDate);
        Assert.True(explanation.CalendarComplete);
        Assert.Empty(explanation.MissingYears);
        Assert.Equal(
            ["2025-10-09", "2025-10-10", "2025-10-11", "2025-10-13", "2025-10-14"],
            explanation.CountedDays.Select(d => d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var makeUp = Assert.Single(explanation.CountedDays, d => d.Kind == DayKind.MakeUpWorkday);
        Assert.Equal(Date("2025-10-11"), makeUp.Date);
        Assert.Equal("国庆节、中秋节", makeUp.HolidayName);

        Assert.Equal(9, explanation.SkippedDays.Count);
        Assert.All(explanation.SkippedDays.Take(8), d =>
        {
            Assert.Equal(SkipReason.Holiday, d.Reason);
            Assert.Equal("国庆节、中秋节", d.HolidayName);
        });
        var sunday = explanation.SkippedDays[^1];
        Assert.Equal(new SkippedDay(Date("2025-10-12"), SkipReason.Weekend, null), sunday);
    }

    [Fact]
    public void Explain_SpringFestival2026_NamesTheHolidayOnWeekendDaysOff()
    {
        var explanation = Official.Explain(Date("2026-02-13"), 2);

        Assert.Equal(Date("2026-02-24"), explanation.DueDate);
        Assert.Equal([DayKind.MakeUpWorkday, DayKind.Workday], explanation.CountedDays.Select(d => d.Kind));
        Assert.Equal("春节", explanation.CountedDays[0].HolidayName);
        Assert.Equal(9, explanation.SkippedDays.Count);
        Assert.All(explanation.SkippedDays, d => Assert.Equal(new SkippedDay(d.Date, SkipReason.Holiday, "春节"), d));
    }

    [Fact]
    public void Explain_IntoAnUnloadedYear_FallsBackToWeekendsAndSaysSo()
    {
        var explanation = Official.Explain(Date("2026-12-31"), 5);

        // 2027-01-01 (a Friday) would be New Year's Day, but 2027 is not loaded: weekends only, flagged.
        Assert.Equal(Date("2027-01-07"), explanation.DueDate);
        Assert.False(explanation.CalendarComplete);
        Assert.Equal([2027], explanation.MissingYears);
        Assert.Equal(Date("2027-01-01"), explanation.CountedDays[0].Date);
        Assert.False(explanation.CountedDays[0].YearLoaded);
        Assert.Equal([SkipReason.Weekend, SkipReason.Weekend], explanation.SkippedDays.Select(d => d.Reason));
        Assert.False(Official.Describe(Date("2027-01-01")).YearLoaded);
    }

    [Fact]
    public void Explain_WithinLoadedYears_IsComplete()
    {
        var explanation = Official.Explain(Date("2025-12-31"), 3);

        Assert.True(explanation.CalendarComplete);
        Assert.Equal(Date("2026-01-06"), explanation.DueDate);
        Assert.Equal(3, explanation.SkippedDays.Count);
        Assert.All(explanation.SkippedDays, d => Assert.Equal("元旦", d.HolidayName));
    }

    [Fact]
    public void Explain_ReceiptInAnUnloadedYear_OnlyFlagsTheYearsCounted()
    {
        var explanation = Official.Explain(Date("2024-12-31"), 1);

        Assert.Equal(Date("2025-01-02"), explanation.DueDate);
        Assert.True(explanation.CalendarComplete);
        Assert.Equal(new SkippedDay(Date("2025-01-01"), SkipReason.Holiday, "元旦"), Assert.Single(explanation.SkippedDays));
    }

    [Theory]
    [InlineData("2025-09-30", "2025-10-14", 5)]
    [InlineData("2025-10-14", "2025-09-30", -5)]
    [InlineData("2025-10-10", "2025-10-10", 0)]
    [InlineData("2025-10-01", "2025-10-08", 0)]
    [InlineData("2025-12-31", "2026-01-05", 2)]
    [InlineData("2024-12-31", "2027-01-01", 248 + 248 + 1)]
    public void WorkingDaysBetween_CountsFromExclusiveToInclusive(string from, string to, int expected)
    {
        Assert.Equal(expected, Official.WorkingDaysBetween(Date(from), Date(to)));
    }

    [Theory]
    [InlineData("2025-10-10", "2025-10-10", 0)] // due today
    [InlineData("2025-10-09", "2025-10-14", 4)] // 10-10, 10-11 (make-up Saturday), 10-13, 10-14
    [InlineData("2025-09-30", "2025-10-09", 1)] // the holiday week is not counted
    [InlineData("2025-10-20", "2025-10-17", -1)] // overdue since Friday
    [InlineData("2025-10-19", "2025-10-17", -1)] // overdue on the Sunday after: at least one day
    [InlineData("2025-10-13", "2025-10-10", -2)] // the make-up Saturday 10-11 in between counts
    [InlineData("2025-10-01", "2025-09-30", -1)] // overdue during a holiday
    [InlineData("2025-10-09", "2025-09-30", -1)]
    [InlineData("2025-10-10", "2025-09-30", -2)]
    public void WorkingDaysRemaining_ZeroWhenDueToday_NegativeWhenOverdue(string today, string due, int expected)
    {
        Assert.Equal(expected, Official.WorkingDaysRemaining(Date(today), Date(due)));
    }

    [Fact]
    public void EmptyCalendar_CountsWeekendsOnly_AndFlagsEveryYear()
    {
        var explanation = WorkingDayCalendar.Empty.Explain(Date("2025-09-30"), 5);

        Assert.Equal(Date("2025-10-07"), explanation.DueDate);
        Assert.Equal([2025], explanation.MissingYears);
        Assert.Equal(261, WorkingDayCalendar.Empty.WorkingDaysInYear(2025));
    }

    [Fact]
    public void DaysOfAYearNotMarkedLoaded_AreAppliedButFlagged()
    {
        var calendar = new WorkingDayCalendar([new CalendarDay(Date("2027-01-01"), true, "元旦")], [2026]);

        var explanation = calendar.Explain(Date("2026-12-31"), 1);

        Assert.Equal(Date("2027-01-04"), explanation.DueDate);
        Assert.Equal([2027], explanation.MissingYears);
        Assert.Equal(new SkippedDay(Date("2027-01-01"), SkipReason.Holiday, "元旦"), explanation.SkippedDays[0]);
    }

    [Fact]
    public void AddWorkingDays_OutsideThePrecomputedYears_MatchesDayByDayCounting()
    {
        foreach (var received in new[] { Date("1990-03-01"), Date("2023-12-29"), Date("2028-12-20"), Date("2031-06-30"), Date("9990-01-01") })
        {
            foreach (var n in new[] { 1, 7, 365 })
            {
                var expected = received;
                for (var left = n; left > 0;)
                {
                    expected = expected.AddDays(1);
                    left -= Official.IsWorkingDay(expected) ? 1 : 0;
                }

                Assert.Equal(expected, Official.AddWorkingDays(received, n));
                Assert.Equal(n, Official.WorkingDaysBetween(received, expected));
            }
        }
    }

    [Fact]
    public void Constructor_RefusesADateListedTwice()
    {
        var day = Date("2025-10-01");

        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([new CalendarDay(day, true, "a"), new CalendarDay(day, true, "b")], [2025]));
    }
}
