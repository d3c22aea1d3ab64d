namespace GovData.Domain.Calendar;

/// <summary>
/// Something wrong with calendar data: <see cref="Code"/> is a resource key, <see cref="Arguments"/> fill its
/// placeholders, <see cref="Row"/> is the row (Excel) or entry (JSON) it concerns, when there is one.
/// </summary>
public sealed record CalendarIssue(string Code, int? Row, IReadOnlyList<object> Arguments)
{
    public static CalendarIssue Of(string code, params object[] arguments) => new(code, null, arguments);

    public static CalendarIssue AtRow(int row, string code, params object[] arguments) => new(code, row, arguments);

    public override string ToString() =>
        Row is { } row ? $"{Code} (row {row}): {string.Join(", ", Arguments)}" : $"{Code}: {string.Join(", ", Arguments)}";
}
