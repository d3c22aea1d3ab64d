using GovData.Domain.Calendar;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Calendar;

/// <summary>Turns a listed day back into an ordinary day (Monday–Friday work, Saturday/Sunday rest).</summary>
public sealed class RemoveCalendarDay(UnitOfWork unitOfWork, WorkingDayCalendarProvider calendars)
{
    public const string DayNotListed = "Calendar.Error.DayNotListed";

    public async Task<CalendarCommandResult> ExecuteAsync(UserContext user, DateOnly date, CancellationToken cancellationToken = default)
    {
        CalendarAccess.EnsureSystemAdmin(user);
        var before = await calendars.GetAsync(cancellationToken);
        var removed = await unitOfWork.RunAsync(user, async (db, ct) =>
        {
            var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == date, ct);
            if (day is null)
            {
                return false;
            }

            db.CalendarDays.Remove(day);
            await db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);
        if (!removed)
        {
            return CalendarCommandResult.Refused(CalendarIssue.Of(DayNotListed, date));
        }

        await calendars.PublishChangeAsync(before, [date.Year], cancellationToken);
        return CalendarCommandResult.Ok;
    }
}
