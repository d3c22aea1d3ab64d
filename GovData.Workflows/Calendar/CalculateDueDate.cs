using GovData.Domain;
using GovData.Domain.Calendar;

namespace GovData.Workflows.Calendar;

/// <summary>
/// The public deadline calculator (no sign-in): the due date of a time limit in working days, with the
/// explanation and whether the calendar covers the whole span.
/// </summary>
public sealed class CalculateDueDate(WorkingDayCalendarProvider calendars)
{
    public const string WorkingDaysOutOfRange = "Calendar.Error.WorkingDaysOutOfRange";
    public const string ReceivedOutOfRange = "Calendar.Error.ReceivedOutOfRange";

    public async Task<DueDateExplanation> ExecuteAsync(DateOnly received, int workingDays, CancellationToken cancellationToken = default)
    {
        if (workingDays is < WorkingDayCalendar.MinWorkingDays or > WorkingDayCalendar.MaxWorkingDays)
        {
            throw new DomainRuleException(WorkingDaysOutOfRange, workingDays, WorkingDayCalendar.MinWorkingDays, WorkingDayCalendar.MaxWorkingDays);
        }

        if (received.Year is < CalendarRules.MinYear or > CalendarRules.MaxYear)
        {
            throw new DomainRuleException(ReceivedOutOfRange, received, CalendarRules.MinYear, CalendarRules.MaxYear);
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        return calendar.Explain(received, workingDays);
    }
}
