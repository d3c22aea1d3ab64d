namespace GovData.Workflows.Calendar;

/// <summary>
/// The Excel form of a year's schedule: one sheet, a header row 日期 | 名称 | 类型, then one row per day, the type
/// being 放假 (off day) or 调休上班 (make-up working day).
/// </summary>
public interface ICalendarSpreadsheet
{
    /// <summary>Typed rows plus the row-level problems of form (row numbers as Excel shows them).</summary>
    CalendarImportDocument Read(Stream xlsx);

    /// <summary>The template: the header, a type drop-down and the given days (none for a blank template).</summary>
    byte[] Write(int year, IReadOnlyList<CalendarDayView> days);
}

public static class CalendarSpreadsheetColumns
{
    public const string Date = "日期";
    public const string Name = "名称";
    public const string Kind = "类型";
    public const string OffDay = "放假";
    public const string MakeUpWorkday = "调休上班";
}
