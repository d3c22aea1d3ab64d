using GovData.Domain.Calendar;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Calendar;

/// <summary>Turns a listed day back into an ordinary day (Monday–Friday work, Saturday/Sunday rest).</summary>
public sealed class RemoveCalendarDay(IDbContextFactory<GovDataDbContext> contextFactory, WorkingDayCalendarProvider calendars)
{
    public const string DayNotListed = "Calendar.Error.DayNotListed";

    public async Task<CalendarCommandResult> ExecuteAsync(UserContext user, DateOnly date, CancellationToken cancellationToken = default)
    {
        CalendarAccess.EnsureSystemAdmin(user);
        var before = await calendars.GetAsync(cancellationToken);
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == date, cancellationToken);
            if (day is null)
            {
                return CalendarCommandResult.Refused(CalendarIssue.Of(DayNotListed, date));
            }

            db.CalendarDays.Remove(day);
            await db.ActingAs(user).SaveChangesAsync(cancellationToken);
        }

        await calendars.PublishChangeAsync(before, [date.Year], cancellationToken);
        return CalendarCommandResult.Ok;
    }
}
