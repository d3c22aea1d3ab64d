using System.Globalization;
using GovData.Domain.Resources;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>
/// The type check of one cell against its data item (数据类型 and 数据长度), and the stored form of a valid value:
/// numbers in invariant notation, dates yyyy-MM-dd, date-times yyyy-MM-ddTHH:mm:ss, booleans true/false. An empty
/// cell is valid for every type (the value is unknown).
/// </summary>
public static class DatasetValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyyMMdd", "yyyy.M.d", "yyyy年M月d日"];

    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mm", "yyyy-MM-dd",
    ];

    private static readonly string[] Yes = ["true", "1", "y", "yes", "是", "t"];
    private static readonly string[] No = ["false", "0", "n", "no", "否", "f"];

    /// <summary>The scratch space <see cref="Check(DataItemType, int?, ReadOnlySpan{char}, Span{char}, out ReadOnlySpan{char})"/> needs.</summary>
    public const int ScratchLength = 64;

    /// <returns>Null when valid (<paramref name="stored"/> holds the stored form), else the error key.</returns>
    public static string? Check(DataItemType type, int? length, string text, out string stored)
    {
        ArgumentNullException.ThrowIfNull(text);
        var error = Check(type, length, text.AsSpan(), new char[ScratchLength], out var span);
        stored = error is not null || span == text.AsSpan() ? text : span.ToString();
        return error;
    }

    /// <summary>
    /// The check on a span, allocating nothing for a valid value: <paramref name="stored"/> is the text itself (or its
    /// trimmed part) when that is already the stored form, else written into <paramref name="scratch"/>
    /// (<see cref="ScratchLength"/> characters). An empty or blank cell is stored empty.
    /// </summary>
    /// <returns>Null when valid, else the error key.</returns>
    public static string? Check(DataItemType type, int? length, ReadOnlySpan<char> text, Span<char> scratch, out ReadOnlySpan<char> stored)
    {
        stored = text;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            stored = [];
            return null;
        }

        int written;
        switch (type)
        {
            case DataItemType.Number:
                if (IsCanonicalNumber(trimmed))
                {
                    stored = trimmed;
                    return null;
                }

                if (!decimal.TryParse(trimmed, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number)
                    || !number.TryFormat(scratch, out written, default, CultureInfo.InvariantCulture))
                {
                    return DatasetUploadErrors.NotNumber;
                }

                stored = Shortest(trimmed, scratch[..written]);
                return null;
            case DataItemType.Date:
                if (IsCanonicalDate(trimmed))
                {
                    stored = trimmed;
                    return null;
                }

                if ((!DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                        && !DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                    || !date.TryFormat(scratch, out written, "yyyy-MM-dd", CultureInfo.InvariantCulture))
                {
                    return DatasetUploadErrors.NotDate;
                }

                stored = Shortest(trimmed, scratch[..written]);
                return null;
            case DataItemType.DateTime:
                if (trimmed.Length == 19 && trimmed[10] == 'T' && IsCanonicalDate(trimmed[..10]) && IsCanonicalTime(trimmed[11..]))
                {
                    stored = trimmed;
                    return null;
                }

                if ((!DateTime.TryParseExact(trimmed, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
                        && !DateTime.TryParseExact(trimmed, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out moment))
                    || !moment.TryFormat(scratch, out written, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture))
                {
                    return DatasetUploadErrors.NotDateTime;
                }

                stored = Shortest(trimmed, scratch[..written]);
                return null;
            case DataItemType.Boolean:
                if (trimmed is "true" or "false")
                {
                    stored = trimmed;
                    return null;
                }

                if (ParseBoolean(trimmed) is not { } flag)
                {
                    return DatasetUploadErrors.NotBoolean;
                }

                stored = flag ? "true" : "false";
                return null;
            case DataItemType.Binary:
                var bytes = new byte[trimmed.Length];
                if (!Convert.TryFromBase64Chars(trimmed, bytes, out _))
                {
                    return DatasetUploadErrors.NotBase64;
                }

                stored = trimmed;
                return null;
            default:
                return length is { } max && text.Length > max ? DatasetUploadErrors.TooLong : null;
        }
    }

    /// <summary>A workbook cell as text: numbers invariant, dates and times ISO, booleans true/false.</summary>
    public static string FromCell(object? cell) => cell switch
    {
        null => string.Empty,
        string s => s,
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    private static bool? ParseBoolean(ReadOnlySpan<char> text)
    {
        foreach (var yes in Yes)
        {
            if (text.Equals(yes, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var no in No)
        {
            if (text.Equals(no, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return null;
    }

    // Fast paths: most files already hold values in their stored form, which are recognised here without the general
    // parsers (which cost far more than reading the cell); anything else goes through those parsers.

    /// <summary>A positive decimal as it is stored: no sign, no leading zero, digits with an optional fraction, at most 28 digits.</summary>
    private static bool IsCanonicalNumber(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 28 || text[0] is < '0' or > '9' || (text[0] == '0' && text.Length > 1 && text[1] != '.'))
        {
            return false;
        }

        var dot = text.IndexOf('.');
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? [] : text[(dot + 1)..];
        return (dot < 0 || !fraction.IsEmpty) && !whole.ContainsAnyExceptInRange('0', '9') && !fraction.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>yyyy-MM-dd naming a real day.</summary>
    private static bool IsCanonicalDate(ReadOnlySpan<char> text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-'
        && Digits(text[..4], out var year) && Digits(text.Slice(5, 2), out var month) && Digits(text.Slice(8, 2), out var day)
        && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>HH:mm:ss of a real time.</summary>
    private static bool IsCanonicalTime(ReadOnlySpan<char> text) =>
        text.Length == 8 && text[2] == ':' && text[5] == ':'
        && Digits(text[..2], out var hour) && Digits(text.Slice(3, 2), out var minute) && Digits(text.Slice(6, 2), out var second)
        && hour < 24 && minute < 60 && second < 60;

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>The input itself when it already is the stored form (nothing to copy), else the formatted form.</summary>
    private static ReadOnlySpan<char> Shortest(ReadOnlySpan<char> input, ReadOnlySpan<char> formatted) =>
        input.SequenceEqual(formatted) ? input : formatted;
}
