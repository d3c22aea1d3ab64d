using GovData.Domain.Calendar;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Calendar;

/// <summary>One year of the calendar for the administration page: loaded or not, where from, its exception days.</summary>
public sealed class GetCalendarYear(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<CalendarYearView> ExecuteAsync(UserContext user, int year, CancellationToken cancellationToken = default)
    {
        CalendarAccess.EnsureSystemAdmin(user);
        year = Math.Clamp(year, CalendarRules.MinYear, CalendarRules.MaxYear);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var days = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= first && d.Date <= last)
            .OrderBy(d => d.Date)
            .ToListAsync(cancellationToken);
        var loaded = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(cancellationToken);
        var record = loaded.FirstOrDefault(y => y.Year == year);

        // Counted from this year's rows as they stand, whether or not the year is marked loaded.
        var calendar = new WorkingDayCalendar(days, [year]);
        return new CalendarYearView(
            year,
            record is not null,
            record?.Source,
            record?.LoadedAtUtc,
            [.. days.Select(d => new CalendarDayView(d.Date, d.IsOffDay, d.Name))],
            calendar.WorkingDaysInYear(year),
            [.. loaded.Select(y => y.Year)]);
    }
}

public sealed record CalendarYearView(
    int Year,
    bool IsLoaded,
    string? Source,
    DateTime? LoadedAtUtc,
    IReadOnlyList<CalendarDayView> Days,
    int WorkingDayCount,
    IReadOnlyList<int> LoadedYears)
{
    public int OffDayCount => Days.Count(d => d.IsOffDay);

    public int MakeUpDayCount => Days.Count(d => !d.IsOffDay);

    public CalendarDayView? Find(DateOnly date) => Days.FirstOrDefault(d => d.Date == date);
}

public sealed record CalendarDayView(DateOnly Date, bool IsOffDay, string Name);
