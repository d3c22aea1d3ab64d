using GovData.Domain.Calendar;

namespace GovData.Workflows.Calendar;

/// <summary>The outcome of a calendar change: done, or refused with issues (resource keys + arguments) and nothing changed.</summary>
public sealed record CalendarCommandResult(bool Succeeded, IReadOnlyList<CalendarIssue> Issues)
{
    public static CalendarCommandResult Ok { get; } = new(true, []);

    public static CalendarCommandResult Refused(IReadOnlyList<CalendarIssue> issues) => new(false, issues);

    public static CalendarCommandResult Refused(CalendarIssue issue) => new(false, [issue]);
}
