using System.Globalization;
using GovData.Domain.Identity;

namespace GovData.Workflows.Calendar;

/// <summary>
/// The Excel template for importing a year: the columns 日期/名称/类型, and the year's current days when it has any
/// (so the same file serves to export, correct and re-import).
/// </summary>
public sealed class GetCalendarTemplate(GetCalendarYear getYear, ICalendarSpreadsheet spreadsheet)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<CalendarTemplateFile> ExecuteAsync(UserContext user, int year, CancellationToken cancellationToken = default)
    {
        var view = await getYear.ExecuteAsync(user, year, cancellationToken);
        var content = spreadsheet.Write(view.Year, view.Days);
        return new CalendarTemplateFile($"calendar-{view.Year.ToString(CultureInfo.InvariantCulture)}.xlsx", ContentType, content);
    }
}

public sealed record CalendarTemplateFile(string FileName, string ContentType, byte[] Content);
