using GovData.Domain.Calendar;
using GovData.Workflows.Calendar;

namespace GovData.Tests.Domain.Calendar;

/// <summary>The official 2025 and 2026 schedules shipped with the app, as test data and as a calendar.</summary>
internal static class OfficialSchedules
{
    public static IReadOnlyList<HolidayFile> Files { get; } = HolidayFile.Embedded();

    public static IReadOnlyList<CalendarDay> Days { get; } =
        [.. Files.SelectMany(f => f.Days).Select(d => new CalendarDay(d.Date, d.IsOffDay, d.Name))];

    public static WorkingDayCalendar Official { get; } = new(Days, Files.Select(f => f.Year));

    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
