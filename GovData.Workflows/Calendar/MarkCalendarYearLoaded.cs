using GovData.Domain.Calendar;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Calendar;

/// <summary>
/// Declares a year's schedule complete after an administrator entered it day by day (an import does this itself),
/// naming the notice it comes from. From then on deadlines in that year are no longer flagged as uncertain.
/// </summary>
public sealed class MarkCalendarYearLoaded(
    UnitOfWork unitOfWork,
    WorkingDayCalendarProvider calendars,
    TimeProvider time)
{
    public async Task<CalendarCommandResult> ExecuteAsync(UserContext user, int year, string? source, CancellationToken cancellationToken = default)
    {
        CalendarAccess.EnsureSystemAdmin(user);
        var issues = new List<CalendarIssue>(CalendarRules.ValidateYear(year));
        issues.AddRange(CalendarRules.ValidateSource(source));
        if (issues.Count > 0)
        {
            return CalendarCommandResult.Refused(issues);
        }

        var before = await calendars.GetAsync(cancellationToken);
        await unitOfWork.RunAsync(user, async (db, ct) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var record = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == year, ct);
            if (record is null)
            {
                db.CalendarYears.Add(new CalendarYear(year, source!, now));
            }
            else
            {
                record.Reload(source!, now);
            }

            await db.SaveChangesAsync(ct);
        }, cancellationToken);

        await calendars.PublishChangeAsync(before, [year], cancellationToken);
        return CalendarCommandResult.Ok;
    }
}
