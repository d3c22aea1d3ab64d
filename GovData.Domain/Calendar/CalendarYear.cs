namespace GovData.Domain.Calendar;

/// <summary>
/// A year whose official schedule is loaded. Without one, deadlines in that year cannot be computed with certainty:
/// the calendar falls back to weekends only and says so.
/// </summary>
public sealed class CalendarYear
{
    private CalendarYear()
    {
    }

    public CalendarYear(int year, string source, DateTime loadedAtUtc)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1949);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        Year = year;
        Source = source?.Trim() ?? string.Empty;
        LoadedAtUtc = loadedAtUtc;
    }

    public int Year { get; private set; }

    /// <summary>The notice the schedule comes from, e.g. 国务院办公厅关于2026年部分节假日安排的通知.</summary>
    public string Source { get; private set; } = string.Empty;

    public DateTime LoadedAtUtc { get; private set; }

    public void Reload(string source, DateTime loadedAtUtc)
    {
        Source = source?.Trim() ?? string.Empty;
        LoadedAtUtc = loadedAtUtc;
    }
}
