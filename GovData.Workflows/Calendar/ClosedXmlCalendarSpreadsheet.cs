using System.Globalization;
using System.IO.Packaging;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using GovData.Domain.Calendar;
using GovData.Workflows.Uploads;
using static GovData.Workflows.Calendar.CalendarSpreadsheetColumns;

namespace GovData.Workflows.Calendar;

/// <summary>The Excel schedule with ClosedXML 0.95 (column widths set by hand: AdjustToContents needs GDI+).</summary>
internal sealed class ClosedXmlCalendarSpreadsheet : ICalendarSpreadsheet
{
    private const long MaxInflatedBytes = 32L * 1024 * 1024;
    private const double MaxPartRatio = 100;
    private const int MaxParts = 200;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy年M月d日", "yyyy.M.d"];

    public CalendarImportDocument Read(Stream xlsx)
    {
        if (!LooksLikeZip(xlsx))
        {
            return CalendarImportDocument.Failed(CalendarIssue.Of(CalendarImportIssues.NotXlsx));
        }

        XLWorkbook workbook;
        try
        {
            // ClosedXML inflates the whole package into a DOM: a bomb is refused before it does (a calendar is a few KB).
            if (!PackageInflationCheck.IsWithin(xlsx, MaxInflatedBytes, MaxPartRatio, MaxParts))
            {
                return CalendarImportDocument.Failed(CalendarIssue.Of(CalendarImportIssues.NotXlsx));
            }

            workbook = new XLWorkbook(xlsx);
        }
        catch (Exception ex) when (ex is InvalidDataException or FileFormatException or OpenXmlPackageException or ArgumentException or InvalidOperationException or IOException)
        {
            // A zip that is not a workbook (or a damaged one) fails in one of several layers below ClosedXML.
            return CalendarImportDocument.Failed(CalendarIssue.Of(CalendarImportIssues.NotXlsx));
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault();
            if (sheet is null)
            {
                return CalendarImportDocument.Failed(CalendarIssue.Of(CalendarImportIssues.NoWorksheet));
            }

            return ReadSheet(sheet);
        }
    }

    public byte[] Write(int year, IReadOnlyList<CalendarDayView> days)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(year.ToString(CultureInfo.InvariantCulture));
        sheet.Cell(1, 1).SetValue(Date);
        sheet.Cell(1, 2).SetValue(Name);
        sheet.Cell(1, 3).SetValue(Kind);
        var header = sheet.Range(1, 1, 1, 3);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8EEF7");
        sheet.Column(1).Width = 14;
        sheet.Column(2).Width = 24;
        sheet.Column(3).Width = 12;
        sheet.Column(1).Style.DateFormat.Format = "yyyy-mm-dd";

        var row = 2;
        foreach (var day in days.OrderBy(d => d.Date))
        {
            sheet.Cell(row, 1).SetValue(day.Date.ToDateTime(TimeOnly.MinValue));
            sheet.Cell(row, 2).SetValue(day.Name);
            sheet.Cell(row, 3).SetValue(day.IsOffDay ? OffDay : MakeUpWorkday);
            row++;
        }

        sheet.Range(2, 3, 400, 3).SetDataValidation().List($"\"{OffDay},{MakeUpWorkday}\"", true);
        sheet.SheetView.FreezeRows(1);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    private static CalendarImportDocument ReadSheet(IXLWorksheet sheet)
    {
        var issues = new List<CalendarIssue>();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var headerRow = sheet.Row(1);
        foreach (var cell in headerRow.CellsUsed())
        {
            var text = cell.GetString().Trim();
            if (text is Date or Name or Kind)
            {
                columns.TryAdd(text, cell.Address.ColumnNumber);
            }
        }

        foreach (var required in new[] { Date, Name, Kind })
        {
            if (!columns.ContainsKey(required))
            {
                issues.Add(CalendarIssue.Of(CalendarImportIssues.MissingColumn, required));
            }
        }

        if (issues.Count > 0)
        {
            return new CalendarImportDocument(null, null, [], issues);
        }

        var entries = new List<CalendarEntry>();
        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 1;
        for (var r = 2; r <= lastRow; r++)
        {
            var dateCell = sheet.Cell(r, columns[Date]);
            var nameCell = sheet.Cell(r, columns[Name]);
            var typeCell = sheet.Cell(r, columns[Kind]);
            if (dateCell.IsEmpty() && nameCell.IsEmpty() && typeCell.IsEmpty())
            {
                continue;
            }

            var date = ReadDate(r, dateCell, issues);
            var isOffDay = ReadType(r, typeCell, issues);
            if (date is { } d && isOffDay is { } off)
            {
                entries.Add(new CalendarEntry(r, d, off, nameCell.GetString()));
            }
        }

        return new CalendarImportDocument(null, null, entries, issues);
    }

    private static DateOnly? ReadDate(int row, IXLCell cell, List<CalendarIssue> issues)
    {
        if (cell.IsEmpty())
        {
            issues.Add(CalendarIssue.AtRow(row, CalendarImportIssues.MissingValue, Date));
            return null;
        }

        switch (cell.DataType)
        {
            case XLDataType.DateTime:
                return DateOnly.FromDateTime(cell.GetDateTime());
            case XLDataType.Number:
                var serial = cell.GetDouble();
                if (serial is >= 1 and < 2958466 && serial == Math.Floor(serial))
                {
                    return DateOnly.FromDateTime(DateTime.FromOADate(serial));
                }

                break;
            default:
                var text = cell.GetString().Trim();
                if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return parsed;
                }

                break;
        }

        issues.Add(CalendarIssue.AtRow(row, CalendarImportIssues.InvalidDate, cell.GetString()));
        return null;
    }

    private static bool? ReadType(int row, IXLCell cell, List<CalendarIssue> issues)
    {
        var text = cell.GetString().Trim();
        switch (text)
        {
            case OffDay:
                return true;
            case MakeUpWorkday:
                return false;
            case "":
                issues.Add(CalendarIssue.AtRow(row, CalendarImportIssues.MissingValue, Kind));
                return null;
            default:
                issues.Add(CalendarIssue.AtRow(row, CalendarImportIssues.InvalidType, text, OffDay, MakeUpWorkday));
                return null;
        }
    }

    private static bool LooksLikeZip(Stream stream)
    {
        Span<byte> signature = stackalloc byte[4];
        var position = stream.Position;
        var read = stream.ReadAtLeast(signature, 4, throwOnEndOfStream: false);
        stream.Position = position;
        return read == 4 && signature is [0x50, 0x4B, 0x03, 0x04];
    }
}
