namespace GovData.Domain.Calendar;

/// <summary>What a date is for deadline counting.</summary>
public enum DayKind : byte
{
    /// <summary>An ordinary Monday–Friday working day.</summary>
    Workday = 0,

    /// <summary>An ordinary Saturday or Sunday.</summary>
    Weekend = 1,

    /// <summary>A statutory holiday or bridging day off (also when it falls on a weekend).</summary>
    Holiday = 2,

    /// <summary>A Saturday or Sunday declared a working day (调休上班).</summary>
    MakeUpWorkday = 3,
}

public static class DayKindExtensions
{
    public static bool IsWorkingDay(this DayKind kind) => kind is DayKind.Workday or DayKind.MakeUpWorkday;
}
