using System.Globalization;
using E = GovData.Workflows.Catalog.Excel.CatalogWorkbookErrors;

namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// Parses one catalog sheet streamed by <see cref="SheetXml"/>: the first non-blank row is the header (columns matched by header
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
    private readonly RawCell?[] _seen = new RawCell?[columns.Count];

    /// <summary>The header matched and there are data rows: the rows can be cross-checked.</summary>
    public bool Usable { get; private set; }

    /// <summary>Field → column letter in this file.</summary>
    public Dictionary<string, string> ColumnLetters { get; } = new(StringComparer.Ordinal);

    public List<TRow> Rows { get; } = [];

    /// <summary>The value of the first column (the resource code) of every row where it parsed, rows with errors too.</summary>
    public List<(string Key, int Row)> Keys { get; } = [];

    public void Parse(Stream part, TextValue[] sharedStrings)
    {
        var sawHeader = false;
        var dataRows = 0;
        var values = new object?[columns.Count];
        foreach (var (rowNumber, cells) in SheetXml.RawRows(part, sharedStrings, limits))
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
        var seen = _seen;
        Array.Clear(seen);
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
        if (cell.Length > (cell.Text?.Length ?? 0))
        {
            // Only the start of an over-long cell was kept: it is too long for any column, whatever its kind.
            var max = column.MaxLength ?? cell.Text!.Length;
            return (E.TooLong, [max.ToString(CultureInfo.InvariantCulture), cell.Length.ToString(CultureInfo.InvariantCulture)]);
        }

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
}

internal enum RawKind
{
    Text,
    Number,
    Boolean,
    Error,
    IsoDate,
}

/// <summary>A cell's kept text (at most the cell cap) and its real <see cref="Length"/> in the file.</summary>
internal readonly record struct RawCell(int Column, string Text, RawKind Kind, long Length);
