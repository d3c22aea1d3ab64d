namespace GovData.Domain.Calendar;

/// <summary>
/// One date as the calendar sees it. <see cref="YearLoaded"/> false means the official schedule of that year is
/// missing and <see cref="Kind"/> is a weekends-only guess.
/// </summary>
public sealed record DayDescription(DateOnly Date, DayKind Kind, string? HolidayName, bool YearLoaded)
{
    public bool IsWorkingDay => Kind.IsWorkingDay();
}

/// <summary>Why a day between receipt and the due date was not counted.</summary>
public enum SkipReason
{
    Weekend,
    Holiday,
}

/// <summary>A day that was not counted, with its reason and, for a holiday, the holiday's name.</summary>
public sealed record SkippedDay(DateOnly Date, SkipReason Reason, string? HolidayName);
