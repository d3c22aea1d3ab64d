using GovData.Domain.Calendar;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Seeding;

/// <summary>
/// Loads the official schedules shipped with the app for every year not yet in the database. Product data, not demo
/// data: it runs on every start and never overwrites a year an administrator has loaded or edited.
/// </summary>
public sealed class CalendarSeeder(UnitOfWork unitOfWork, TimeProvider time)
{
    public Task SeedAsync(CancellationToken cancellationToken = default) => unitOfWork.RunAsSystemAsync(SeedAsync, cancellationToken);

    private async Task SeedAsync(GovDataDbContext db, CancellationToken cancellationToken)
    {
        var loaded = await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var file in HolidayFile.Embedded().Where(f => !loaded.Contains(f.Year)))
        {
            db.CalendarYears.Add(new CalendarYear(file.Year, file.Source ?? string.Empty, now));
            var existing = await db.CalendarDays
                .Where(d => d.Date >= new DateOnly(file.Year, 1, 1) && d.Date <= new DateOnly(file.Year, 12, 31))
                .Select(d => d.Date)
                .ToListAsync(cancellationToken);
            db.CalendarDays.AddRange(file.Days
                .Where(d => !existing.Contains(d.Date))
                .Select(d => new CalendarDay(d.Date, d.IsOffDay, d.Name)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
