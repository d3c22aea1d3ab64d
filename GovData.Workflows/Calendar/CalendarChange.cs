using GovData.Domain.Calendar;

namespace GovData.Workflows.Calendar;

/// <summary>
/// A committed change to the calendar. <see cref="Years"/> are the years whose data changed (days or loaded
/// status); <see cref="ChangedWorkingDays"/> are the dates whose working/non-working status flipped, so a deadline
/// needs recomputing when such a date lies between its receipt and its due date (or its span touches one of
/// <see cref="Years"/>, whose completeness flag may have changed).
/// </summary>
public sealed record CalendarChange(
    IReadOnlyList<int> Years,
    IReadOnlyList<DateOnly> ChangedWorkingDays,
    WorkingDayCalendar Calendar);

/// <summary>
/// Told after every committed calendar change (e.g. the job that recomputes stored due dates). Registered in DI;
/// resolved in a fresh scope for each change, so listeners may be scoped or singletons. A listener that throws is
/// logged: the change itself is already committed.
/// </summary>
public interface ICalendarChangeListener
{
    Task OnCalendarChangedAsync(CalendarChange change, CancellationToken cancellationToken);
}
