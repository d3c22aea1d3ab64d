namespace GovData.Domain.Calendar;

/// <summary>One day of a schedule being imported, with the row (or entry number) it came from.</summary>
public sealed record CalendarEntry(int Row, DateOnly Date, bool IsOffDay, string? Name);
