namespace GovData.Domain.Calendar;

/// <summary>
/// How a due date was reached: the day of receipt is not counted; each counted working day and each skipped day
/// (with its reason) up to the due date. <see cref="CalendarComplete"/> is false when a year in that span has no
/// official schedule loaded (<see cref="MissingYears"/>): those years were counted with weekends only.
/// </summary>
public sealed record DueDateExplanation(
    DateOnly Received,
    int WorkingDays,
    DateOnly DueDate,
    IReadOnlyList<DayDescription> CountedDays,
    IReadOnlyList<SkippedDay> SkippedDays,
    IReadOnlyList<int> MissingYears)
{
    public bool CalendarComplete => MissingYears.Count == 0;
}
