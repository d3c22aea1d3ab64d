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

    /// <returns>Null when valid (<paramref name="stored"/> holds the stored form), else the error key.</returns>
    public static string? Check(DataItemType type, int? length, string text, out string stored)
    {
        ArgumentNullException.ThrowIfNull(text);
        stored = text;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            stored = string.Empty;
            return null;
        }

        switch (type)
        {
            case DataItemType.Number:
                if (!decimal.TryParse(trimmed, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number))
                {
                    return DatasetUploadErrors.NotNumber;
                }

                stored = number.ToString(CultureInfo.InvariantCulture);
                return null;
            case DataItemType.Date:
                if (!DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return DatasetUploadErrors.NotDate;
                }

                stored = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return null;
            case DataItemType.DateTime:
                if (!DateTime.TryParseExact(trimmed, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
                {
                    return DatasetUploadErrors.NotDateTime;
                }

                stored = moment.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
                return null;
            case DataItemType.Boolean:
                if (ParseBoolean(trimmed) is not { } flag)
                {
                    return DatasetUploadErrors.NotBoolean;
                }

                stored = flag ? "true" : "false";
                return null;
            case DataItemType.Binary:
                var bytes = new byte[trimmed.Length];
                if (!Convert.TryFromBase64String(trimmed, bytes, out _))
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

    private static bool? ParseBoolean(string text) => text.ToLowerInvariant() switch
    {
        "true" or "1" or "y" or "yes" or "是" or "t" => true,
        "false" or "0" or "n" or "no" or "否" or "f" => false,
        _ => null,
    };
}
