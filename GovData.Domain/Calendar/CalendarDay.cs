namespace GovData.Domain.Calendar;

/// <summary>
/// One exception to the Monday–Friday rule, from the State Council's annual notice: a statutory holiday or bridging
/// day off (<see cref="IsOffDay"/> true) or a weekend day declared a make-up working day, 调休上班 (false).
/// </summary>
public sealed class CalendarDay
{
    private CalendarDay()
    {
    }

    public CalendarDay(DateOnly date, bool isOffDay, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Date = date;
        IsOffDay = isOffDay;
        Name = name.Trim();
    }

    public DateOnly Date { get; private set; }

    public bool IsOffDay { get; private set; }

    /// <summary>The holiday this day belongs to, e.g. 春节.</summary>
    public string Name { get; private set; } = string.Empty;

    public int Year => Date.Year;

    public void Change(bool isOffDay, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        IsOffDay = isOffDay;
        Name = name.Trim();
    }
}
