using GovData.Domain.Calendar;
using static GovData.Tests.Domain.Calendar.OfficialSchedules;

namespace GovData.Tests.Domain.Calendar;

public sealed class CalendarRulesTests
{
    [Fact]
    public void ValidateDay_AcceptsAMakeUpSaturdayAndAWeekendDayOff()
    {
        Assert.Empty(CalendarRules.ValidateDay(Date("2025-10-11"), isOffDay: false, "国庆节"));
        Assert.Empty(CalendarRules.ValidateDay(Date("2025-02-01"), isOffDay: true, "春节"));
        Assert.Empty(CalendarRules.ValidateDay(Date("2025-10-01"), isOffDay: true, "国庆节"));
    }

    [Fact]
    public void ValidateDay_RefusesAMakeUpDayOnAWeekday()
    {
        var issue = Assert.Single(CalendarRules.ValidateDay(Date("2025-10-10"), isOffDay: false, "国庆节"));

        Assert.Equal(CalendarRules.MakeUpDayNotWeekend, issue.Code);
        Assert.Equal([Date("2025-10-10")], issue.Arguments);
    }

    [Theory]
    [InlineData(null, CalendarRules.NameRequired)]
    [InlineData("   ", CalendarRules.NameRequired)]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五", CalendarRules.NameTooLong)]
    public void ValidateDay_RequiresAShortName(string? name, string code)
    {
        Assert.Equal(code, Assert.Single(CalendarRules.ValidateDay(Date("2025-10-01"), isOffDay: true, name)).Code);
    }

    [Fact]
    public void ValidateSchedule_ReportsEveryProblemWithItsRow()
    {
        CalendarEntry[] entries =
        [
            new(2, Date("2027-01-01"), true, "元旦"),
            new(3, Date("2026-12-31"), true, "元旦"),
            new(4, Date("2027-01-01"), true, "元旦"),
            new(5, Date("2027-02-03"), false, "春节"),
            new(6, Date("2027-02-06"), false, ""),
        ];

        var issues = CalendarRules.ValidateSchedule(2027, entries);

        Assert.Equal(
            [
                (3, CalendarRules.DateOutsideYear),
                (4, CalendarRules.DuplicateDate),
                (5, CalendarRules.MakeUpDayNotWeekend),
                (6, CalendarRules.NameRequired),
            ],
            issues.Select(i => (i.Row ?? 0, i.Code)));
        Assert.Equal([Date("2027-01-01"), 2], issues[1].Arguments);
    }

    [Fact]
    public void ValidateSchedule_RefusesAnEmptyYearAndAYearOutOfRange()
    {
        Assert.Equal(CalendarRules.NoDays, Assert.Single(CalendarRules.ValidateSchedule(2027, [])).Code);
        Assert.Equal(CalendarRules.YearOutOfRange, Assert.Single(CalendarRules.ValidateSchedule(1800, [])).Code);
    }

    [Fact]
    public void ValidateSchedule_AcceptsTheOfficialFiles()
    {
        foreach (var file in Files)
        {
            var entries = file.Days.Select((d, i) => new CalendarEntry(i + 1, d.Date, d.IsOffDay, d.Name)).ToList();
            Assert.Empty(CalendarRules.ValidateSchedule(file.Year, entries));
        }
    }

    [Theory]
    [InlineData("", CalendarRules.SourceRequired)]
    [InlineData(null, CalendarRules.SourceRequired)]
    public void ValidateSource_RequiresTheNotice(string? source, string code)
    {
        Assert.Equal(code, Assert.Single(CalendarRules.ValidateSource(source)).Code);
        Assert.Empty(CalendarRules.ValidateSource("国务院办公厅关于2027年部分节假日安排的通知"));
        Assert.Equal(CalendarRules.SourceTooLong, Assert.Single(CalendarRules.ValidateSource(new string('x', 257))).Code);
    }
}
