namespace GovData.Domain.Calendar;

/// <summary>
/// What makes a calendar day or a year's schedule acceptable. A make-up working day (调休上班) exists only to turn
/// a Saturday or Sunday into a working day, so it must fall on a weekend. An off day may fall on any day: the
/// official notices list weekend days inside a holiday (e.g. 2025-02-01, a Saturday of 春节) and naming them is
/// what lets the calendar say "skipped: 春节" instead of "skipped: weekend". Every day needs its holiday's name.
/// </summary>
public static class CalendarRules
{
    public const int MaxNameLength = 64;
    public const int MinYear = 1949;
    public const int MaxYear = 9998;
    public const int MaxSourceLength = 256;

    public const string NameRequired = "Calendar.Rule.NameRequired";
    public const string NameTooLong = "Calendar.Rule.NameTooLong";
    public const string MakeUpDayNotWeekend = "Calendar.Rule.MakeUpDayNotWeekend";
    public const string YearOutOfRange = "Calendar.Rule.YearOutOfRange";
    public const string DateOutsideYear = "Calendar.Rule.DateOutsideYear";
    public const string DuplicateDate = "Calendar.Rule.DuplicateDate";
    public const string NoDays = "Calendar.Rule.NoDays";
    public const string SourceRequired = "Calendar.Rule.SourceRequired";
    public const string SourceTooLong = "Calendar.Rule.SourceTooLong";

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public static IReadOnlyList<CalendarIssue> ValidateYear(int year) =>
        year is < MinYear or > MaxYear ? [CalendarIssue.Of(YearOutOfRange, year, MinYear, MaxYear)] : [];

    /// <summary>The notice a year's schedule comes from: required, so that anyone can check the data against it.</summary>
    public static IReadOnlyList<CalendarIssue> ValidateSource(string? source)
    {
        var trimmed = source?.Trim() ?? string.Empty;
        return trimmed.Length == 0 ? [CalendarIssue.Of(SourceRequired)]
            : trimmed.Length > MaxSourceLength ? [CalendarIssue.Of(SourceTooLong, MaxSourceLength)]
            : [];
    }

    /// <summary>One day as an administrator adds or edits it.</summary>
    public static IReadOnlyList<CalendarIssue> ValidateDay(DateOnly date, bool isOffDay, string? name)
    {
        var issues = new List<CalendarIssue>(ValidateYear(date.Year));
        AddDayIssues(issues, null, date, isOffDay, name);
        return issues;
    }

    /// <summary>A whole year's schedule (an import): every entry in the year, once, with a name; make-up days on weekends.</summary>
    public static IReadOnlyList<CalendarIssue> ValidateSchedule(int year, IReadOnlyList<CalendarEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var issues = new List<CalendarIssue>(ValidateYear(year));
        if (issues.Count > 0)
        {
            return issues;
        }

        if (entries.Count == 0)
        {
            issues.Add(CalendarIssue.Of(NoDays, year));
            return issues;
        }

        var firstRowOf = new Dictionary<DateOnly, int>();
        foreach (var entry in entries)
        {
            if (entry.Date.Year != year)
            {
                issues.Add(CalendarIssue.AtRow(entry.Row, DateOutsideYear, entry.Date, year));
            }
            else if (!firstRowOf.TryAdd(entry.Date, entry.Row))
            {
                issues.Add(CalendarIssue.AtRow(entry.Row, DuplicateDate, entry.Date, firstRowOf[entry.Date]));
            }

            AddDayIssues(issues, entry.Row, entry.Date, entry.IsOffDay, entry.Name);
        }

        return issues;
    }

    private static void AddDayIssues(List<CalendarIssue> issues, int? row, DateOnly date, bool isOffDay, string? name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            issues.Add(new CalendarIssue(NameRequired, row, [date]));
        }
        else if (trimmed.Length > MaxNameLength)
        {
            issues.Add(new CalendarIssue(NameTooLong, row, [date, MaxNameLength]));
        }

        if (!isOffDay && !IsWeekend(date))
        {
            issues.Add(new CalendarIssue(MakeUpDayNotWeekend, row, [date]));
        }
    }
}
