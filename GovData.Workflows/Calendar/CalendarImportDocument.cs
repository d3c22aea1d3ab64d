using GovData.Domain.Calendar;

namespace GovData.Workflows.Calendar;

public enum CalendarImportFormat
{
    Json,
    Excel,
}

/// <summary>
/// A schedule file as read, before the calendar rules are applied: the entries that could be read and the
/// problems of form (bad JSON, a missing column, a date that is not a date...). <see cref="Year"/> and
/// <see cref="Source"/> are set when the file states them (JSON does; the Excel sheet does not).
/// </summary>
public sealed record CalendarImportDocument(
    int? Year,
    string? Source,
    IReadOnlyList<CalendarEntry> Entries,
    IReadOnlyList<CalendarIssue> Issues)
{
    public static CalendarImportDocument Failed(CalendarIssue issue) => new(null, null, [], [issue]);
}

/// <summary>Resource keys of problems of form in an imported file.</summary>
public static class CalendarImportIssues
{
    public const string FileEmpty = "Calendar.Import.FileEmpty";
    public const string FileTooLarge = "Calendar.Import.FileTooLarge";
    public const string InvalidJson = "Calendar.Import.InvalidJson";
    public const string JsonShape = "Calendar.Import.JsonShape";
    public const string MissingField = "Calendar.Import.MissingField";
    public const string WrongYear = "Calendar.Import.WrongYear";
    public const string NotXlsx = "Calendar.Import.NotXlsx";
    public const string NoWorksheet = "Calendar.Import.NoWorksheet";
    public const string MissingColumn = "Calendar.Import.MissingColumn";
    public const string MissingValue = "Calendar.Import.MissingValue";
    public const string InvalidDate = "Calendar.Import.InvalidDate";
    public const string InvalidType = "Calendar.Import.InvalidType";
}
