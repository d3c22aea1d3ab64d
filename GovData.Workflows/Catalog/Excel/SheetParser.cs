using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using E = GovData.Workflows.Catalog.Excel.CatalogWorkbookErrors;

namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// Parses one catalog sheet with the SAX reader: the first non-blank row is the header (columns matched by header
/// text, so their order is free), every further non-blank row is parsed cell by cell against its column definition.
/// </summary>
internal sealed class SheetParser<TRow>(
    string sheet,
    IReadOnlyList<CatalogColumn<TRow>> columns,
    Func<object?[], int, TRow> build,
    CatalogWorkbookLimits limits,
    ErrorSink errors)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    private readonly Dictionary<int, int> _definitionOfColumn = [];

    /// <summary>The header matched and there are data rows: the rows can be cross-checked.</summary>
    public bool Usable { get; private set; }

    /// <summary>Field → column letter in this file.</summary>
    public Dictionary<string, string> ColumnLetters { get; } = new(StringComparer.Ordinal);

    public List<TRow> Rows { get; } = [];

    /// <summary>The value of the first column (the resource code) of every row where it parsed, rows with errors too.</summary>
    public List<(string Key, int Row)> Keys { get; } = [];

    public void Parse(WorksheetPart part, string[] sharedStrings)
    {
        var sawHeader = false;
        var dataRows = 0;
        var values = new object?[columns.Count];
        foreach (var (rowNumber, cells) in RawRows(part, sharedStrings))
        {
            if (cells.Count == 0)
            {
                continue;
            }

            if (!sawHeader)
            {
                sawHeader = true;
                ReadHeader(cells);
                if (!Usable)
                {
                    return;
                }

                continue;
            }

            if (++dataRows > limits.MaxRowsPerSheet)
            {
                errors.Add(new(E.TooManyRows, [sheet, limits.MaxRowsPerSheet.ToString(CultureInfo.InvariantCulture)], sheet));
                return;
            }

            ParseRow(rowNumber, cells, values);
            if (errors.IsFull)
            {
                return;
            }
        }

        if (dataRows == 0)
        {
            Usable = false;
            errors.Add(new(E.SheetEmpty, [sheet], sheet));
        }
    }

    private void ReadHeader(List<RawCell> cells)
    {
        var unknown = new List<CatalogWorkbookError>();
        var ok = true;
        foreach (var cell in cells)
        {
            var header = cell.Text.Trim();
            if (header.Length == 0)
            {
                continue;
            }

            var letter = CatalogSheets.ColumnLetter(cell.Column);
            var index = IndexOfHeader(header);
            if (index < 0)
            {
                unknown.Add(new(E.ColumnUnknown, [sheet, header, letter], sheet, 1, letter));
            }
            else if (ColumnLetters.ContainsKey(columns[index].Field))
            {
                ok = false;
                errors.Add(new(E.ColumnDuplicate, [sheet, header, letter], sheet, 1, letter));
            }
            else
            {
                _definitionOfColumn[cell.Column] = index;
                ColumnLetters[columns[index].Field] = letter;
            }
        }

        var missing = columns.Where(c => !ColumnLetters.ContainsKey(c.Field)).ToList();
        foreach (var column in missing)
        {
            errors.Add(new(E.ColumnMissing, [sheet, column.Header], sheet));
        }

        if (missing.Count > 0)
        {
            // An extra column alone is harmless (a note column); beside a missing one it is most likely the renamed one.
            ok = false;
            unknown.ForEach(errors.Add);
        }

        Usable = ok;
    }

    private int IndexOfHeader(string header)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Header == header)
            {
                return i;
            }
        }

        return -1;
    }

    private void ParseRow(int rowNumber, List<RawCell> cells, object?[] values)
    {
        Array.Clear(values);
        var seen = new RawCell?[columns.Count];
        foreach (var cell in cells)
        {
            if (_definitionOfColumn.TryGetValue(cell.Column, out var index))
            {
                seen[index] = cell;
            }
        }

        var rowOk = true;
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var error = ParseCell(column, seen[i], out values[i]);
            if (error is not null)
            {
                rowOk = false;
                errors.Add(new(error.Value.Key, [column.Header, .. error.Value.Arguments], sheet, rowNumber, ColumnLetters[column.Field]));
            }
        }

        if (values[0] is string key)
        {
            Keys.Add((key, rowNumber));
        }

        if (rowOk)
        {
            Rows.Add(build(values, rowNumber));
        }
    }

    private static (string Key, string[] Arguments)? ParseCell(CatalogColumn column, RawCell? raw, out object? value)
    {
        value = null;
        var cell = raw ?? default;
        var text = cell.Text?.Trim() ?? string.Empty;
        if (cell.Kind == RawKind.Error)
        {
            return (E.ExcelError, [text]);
        }

        if (text.Length == 0)
        {
            return column.Required ? (E.Required, []) : null;
        }

        switch (column.Kind)
        {
            case CatalogCellKind.Text:
                text = FormulaNeutraliser.Restore(text);
                if (column.MaxLength is { } max && text.Length > max)
                {
                    return (E.TooLong, [max.ToString(CultureInfo.InvariantCulture), text.Length.ToString(CultureInfo.InvariantCulture)]);
                }

                value = text;
                return null;

            case CatalogCellKind.Enum:
                if (column.Options!.TryParseBoxed(text, out value))
                {
                    return null;
                }

                return (E.UnknownOption, [text, string.Join("、", column.Options.Texts)]);

            case CatalogCellKind.NonNegativeInteger:
            case CatalogCellKind.PositiveInteger:
                return ParseInteger(column.Kind, text, out value);

            case CatalogCellKind.NonNegativeDecimal:
                if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return (E.NotNumber, [text]);
                }

                value = number;
                return number < 0 ? (E.Negative, [text]) : null;

            case CatalogCellKind.Date:
                return ParseDate(cell.Kind, text, out value);

            case CatalogCellKind.Boolean:
                if (cell.Kind == RawKind.Boolean)
                {
                    value = text == "1";
                    return null;
                }

                if (CatalogVocabulary.TryParseBoolean(text, out var flag))
                {
                    value = flag;
                    return null;
                }

                return (E.NotBoolean, [text]);

            case CatalogCellKind.ResourceCode:
                value = text;
                return CatalogCodeFormats.IsResourceCode(text) ? null : (E.BadResourceCode, [text]);

            case CatalogCellKind.ClassCode:
                value = text;
                return CatalogCodeFormats.IsClassCode(text) ? null : (E.BadClassCode, [text]);

            case CatalogCellKind.ProviderCode:
                value = text;
                return CatalogCodeFormats.IsProviderCode(text) ? null : (E.BadProviderCode, [text]);

            case CatalogCellKind.EnglishName:
                value = text;
                return CatalogCodeFormats.IsEnglishName(text) ? null : (E.BadEnglishName, [text]);

            case CatalogCellKind.ResourceCodeList:
                var codes = CatalogCodeFormats.SplitCodeList(text);
                value = codes;
                var bad = Array.Find(codes, c => !CatalogCodeFormats.IsResourceCode(c));
                return bad is null ? null : (E.BadResourceCode, [bad]);

            default:
                throw new InvalidOperationException($"Unknown column kind {column.Kind}.");
        }
    }

    private static (string Key, string[] Arguments)? ParseInteger(CatalogCellKind kind, string text, out object? value)
    {
        value = null;
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || number != decimal.Truncate(number) || number > long.MaxValue || number < long.MinValue)
        {
            return (E.NotInteger, [text]);
        }

        if (kind == CatalogCellKind.PositiveInteger)
        {
            if (number <= 0)
            {
                return (E.NotPositive, [text]);
            }

            if (number > int.MaxValue)
            {
                return (E.NotInteger, [text]);
            }

            value = (int)number;
            return null;
        }

        value = (long)number;
        return number < 0 ? (E.Negative, [text]) : null;
    }

    private static (string Key, string[] Arguments)? ParseDate(RawKind kind, string text, out object? value)
    {
        value = null;
        if (kind == RawKind.Number)
        {
            // An Excel date is a serial day number (1900 system); 1 .. 2958465 is what DateTime can hold.
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial >= 1 && serial < 2958466)
            {
                value = DateOnly.FromDateTime(DateTime.FromOADate(serial));
                return null;
            }

            return (E.NotDate, [text]);
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = date;
            return null;
        }

        if (kind == RawKind.IsoDate && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
        {
            value = DateOnly.FromDateTime(dateTime);
            return null;
        }

        return (E.NotDate, [text]);
    }

    /// <summary>The rows of a worksheet as (row number, non-empty cells), streamed; the cell list is reused.</summary>
    private static IEnumerable<(int Row, List<RawCell> Cells)> RawRows(WorksheetPart part, string[] sharedStrings)
    {
        var cells = new List<RawCell>();
        var inline = new StringBuilder();
        var rowNumber = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            rowNumber = ParseRowNumber(reader.Attributes) ?? rowNumber + 1;
            cells.Clear();
            var column = 0;
            while (reader.Read() && !(reader.ElementType == typeof(Row) && reader.IsEndElement))
            {
                if (reader.ElementType != typeof(Cell) || !reader.IsStartElement)
                {
                    continue;
                }

                string? reference = null;
                string? type = null;
                foreach (var attribute in reader.Attributes)
                {
                    if (attribute.LocalName == "r")
                    {
                        reference = attribute.Value;
                    }
                    else if (attribute.LocalName == "t")
                    {
                        type = attribute.Value;
                    }
                }

                column = reference is null ? column + 1 : ColumnIndex(reference);
                string? cellValue = null;
                inline.Clear();
                var inPhonetic = false;
                while (reader.Read() && !(reader.ElementType == typeof(Cell) && reader.IsEndElement))
                {
                    var elementType = reader.ElementType;
                    if (elementType == typeof(CellValue) && reader.IsStartElement)
                    {
                        cellValue = reader.GetText();
                    }
                    else if (elementType == typeof(PhoneticRun))
                    {
                        inPhonetic = reader.IsStartElement;
                    }
                    else if (elementType == typeof(Text) && reader.IsStartElement && !inPhonetic)
                    {
                        inline.Append(reader.GetText());
                    }
                }

                var cell = ToRawCell(column, type, cellValue, inline, sharedStrings);
                if (cell.Text.Length > 0)
                {
                    cells.Add(cell);
                }
            }

            yield return (rowNumber, cells);
        }
    }

    private static RawCell ToRawCell(int column, string? type, string? cellValue, StringBuilder inline, string[] sharedStrings)
    {
        switch (type)
        {
            case "s" when string.IsNullOrEmpty(cellValue):
                // ClosedXML writes styled empty cells as <c t="s"/>.
                return new(column, string.Empty, RawKind.Text);
            case "s":
                var index = int.TryParse(cellValue, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
                // A shared string index outside the table is a broken file; treat the cell as an Excel error.
                return index >= 0 && index < sharedStrings.Length
                    ? new(column, sharedStrings[index], RawKind.Text)
                    : new(column, "#REF!", RawKind.Error);
            case "inlineStr":
                return new(column, inline.ToString(), RawKind.Text);
            case "str":
                return new(column, cellValue ?? string.Empty, RawKind.Text);
            case "b":
                return new(column, cellValue ?? string.Empty, RawKind.Boolean);
            case "e":
                return new(column, cellValue ?? "#N/A", RawKind.Error);
            case "d":
                return new(column, cellValue ?? string.Empty, RawKind.IsoDate);
            default:
                return new(column, cellValue ?? string.Empty, RawKind.Number);
        }
    }

    private static int? ParseRowNumber(IEnumerable<OpenXmlAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.LocalName == "r" && int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var row))
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>The 1-based column of a cell reference such as "AB12".</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (c - 'A' + 1);
            }
            else
            {
                break;
            }
        }

        return index;
    }
}

internal enum RawKind
{
    Text,
    Number,
    Boolean,
    Error,
    IsoDate,
}

internal readonly record struct RawCell(int Column, string Text, RawKind Kind);
