using GovData.Domain.Calendar;

namespace GovData.Web.Components.Pages.Calendar;

/// <summary>
/// The explanation of a due date as one chronological list: the day of receipt, each counted working day with its
/// number, and the skipped days, consecutive ones with the same reason merged into one row (e.g. 国庆节 ×8).
/// </summary>
public static class DueDateTimeline
{
    public static IReadOnlyList<TimelineRow> Build(DueDateExplanation explanation)
    {
        var rows = new List<TimelineRow> { new(explanation.Received, explanation.Received, TimelineRowKind.Receipt, null, null, null, null) };
        var counted = explanation.CountedDays.ToDictionary(d => d.Date);
        var skipped = explanation.SkippedDays.ToDictionary(d => d.Date);
        var number = 0;
        for (var day = explanation.Received.AddDays(1); day <= explanation.DueDate; day = day.AddDays(1))
        {
            if (counted.TryGetValue(day, out var work))
            {
                number++;
                rows.Add(new TimelineRow(day, day, TimelineRowKind.Counted, number, work.Kind, work.HolidayName, null));
            }
            else if (skipped.TryGetValue(day, out var skip))
            {
                var last = rows[^1];
                if (last.Kind == TimelineRowKind.Skipped && last.Reason == skip.Reason && last.HolidayName == skip.HolidayName && last.To.AddDays(1) == day)
                {
                    rows[^1] = last with { To = day };
                }
                else
                {
                    rows.Add(new TimelineRow(day, day, TimelineRowKind.Skipped, null, null, skip.HolidayName, skip.Reason));
                }
            }
        }

        return rows;
    }
}

public enum TimelineRowKind
{
    Receipt,
    Counted,
    Skipped,
}

public sealed record TimelineRow(
    DateOnly From,
    DateOnly To,
    TimelineRowKind Kind,
    int? Number,
    DayKind? DayKind,
    string? HolidayName,
    SkipReason? Reason)
{
    public int Days => To.DayNumber - From.DayNumber + 1;
}
