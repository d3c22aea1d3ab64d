using GovData.Domain.Calendar;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Calendar;

/// <summary>Adds a calendar day or changes one: an off day (holiday) or a make-up working day, with its holiday's name.</summary>
public sealed class UpsertCalendarDay(UnitOfWork unitOfWork, WorkingDayCalendarProvider calendars)
{
    public async Task<CalendarCommandResult> ExecuteAsync(
        UserContext user, DateOnly date, bool isOffDay, string? name, CancellationToken cancellationToken = default)
    {
        CalendarAccess.EnsureSystemAdmin(user);
        var issues = CalendarRules.ValidateDay(date, isOffDay, name);
        if (issues.Count > 0)
        {
            return CalendarCommandResult.Refused(issues);
        }

        var before = await calendars.GetAsync(cancellationToken);
        var changed = await unitOfWork.RunAsync(user, async (db, ct) =>
        {
            var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == date, ct);
            if (day is null)
            {
                db.CalendarDays.Add(new CalendarDay(date, isOffDay, name!));
            }
            else if (day.IsOffDay == isOffDay && day.Name == name!.Trim())
            {
                return false;
            }
            else
            {
                day.Change(isOffDay, name!);
            }

            await db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);
        if (!changed)
        {
            return CalendarCommandResult.Ok;
        }

        await calendars.PublishChangeAsync(before, [date.Year], cancellationToken);
        return CalendarCommandResult.Ok;
    }
}
