namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// One thing wrong with an uploaded workbook. <see cref="Key"/> is a resource key of CatalogImportResource (Web)
/// whose text takes <see cref="Arguments"/> as {0}, {1}, ...; the position is null where it does not apply
/// (a file-level error has no sheet, a missing column has no row).
/// </summary>
public sealed record CatalogWorkbookError(string Key, IReadOnlyList<string> Arguments, string? Sheet = null, int? Row = null, string? Column = null)
{
    /// <summary>An argument quoting a value from the file keeps at most this many characters (and says it was cut).</summary>
    public const int MaxQuotedCharacters = 80;

    /// <summary>
    /// The arguments, each at most <see cref="MaxQuotedCharacters"/> long: a message quotes a short prefix of a value,
    /// never a 50-million-character cell back to the caller.
    /// </summary>
    public IReadOnlyList<string> Arguments { get; init; } = Quote(Arguments);

    public static string Quote(string? value) =>
        value is null ? string.Empty
        : value.Length <= MaxQuotedCharacters ? value
        : string.Concat(value.AsSpan(0, MaxQuotedCharacters), "…");

    private static IReadOnlyList<string> Quote(IReadOnlyList<string> arguments) =>
        arguments.Any(a => a is not null && a.Length > MaxQuotedCharacters) ? [.. arguments.Select(Quote)] : arguments;

    public override string ToString() =>
        $"{Sheet}{(Row is null ? string.Empty : $"!{Column}{Row}")} {Key}({string.Join(", ", Arguments)})";
}

/// <summary>The error keys of the workbook reader (texts in GovData.Web/Localization/CatalogImportResource*.resx).</summary>
public static class CatalogWorkbookErrors
{
    /// <summary>{0} size in MB, {1} the limit in MB.</summary>
    public const string FileTooLarge = "Workbook.FileTooLarge";

    public const string NotXlsx = "Workbook.NotXlsx";

    public const string EncryptedOrLegacy = "Workbook.EncryptedOrLegacy";

    public const string Corrupted = "Workbook.Corrupted";

    /// <summary>{0} uncompressed MB, {1} the limit in MB.</summary>
    public const string UncompressedTooLarge = "Workbook.UncompressedTooLarge";

    /// <summary>{0} the compression ratio, {1} the limit.</summary>
    public const string CompressionRatioTooHigh = "Workbook.CompressionRatioTooHigh";

    /// <summary>{0} the number of parts, {1} the limit.</summary>
    public const string TooManyParts = "Workbook.TooManyParts";

    /// <summary>{0} the limit.</summary>
    public const string TooManyErrors = "Workbook.TooManyErrors";

    /// <summary>{0} the sheet.</summary>
    public const string SheetMissing = "Sheet.Missing";

    /// <summary>{0} the sheet.</summary>
    public const string SheetEmpty = "Sheet.Empty";

    /// <summary>{0} the sheet, {1} the row limit.</summary>
    public const string TooManyRows = "Sheet.TooManyRows";

    /// <summary>{0} the sheet, {1} the header.</summary>
    public const string ColumnMissing = "Column.Missing";

    /// <summary>{0} the sheet, {1} the header found, {2} the column letter.</summary>
    public const string ColumnUnknown = "Column.Unknown";

    /// <summary>{0} the sheet, {1} the header, {2} the column letter.</summary>
    public const string ColumnDuplicate = "Column.Duplicate";

    /// <summary>{0} the header.</summary>
    public const string Required = "Cell.Required";

    /// <summary>{0} the header, {1} the maximum length, {2} the actual length.</summary>
    public const string TooLong = "Cell.TooLong";

    /// <summary>{0} the header, {1} the value, {2} the allowed values joined by 、.</summary>
    public const string UnknownOption = "Cell.UnknownOption";

    /// <summary>{0} the header, {1} the value.</summary>
    public const string NotInteger = "Cell.NotInteger";

    /// <summary>{0} the header, {1} the value.</summary>
    public const string NotNumber = "Cell.NotNumber";

    /// <summary>{0} the header, {1} the value.</summary>
    public const string Negative = "Cell.Negative";

    /// <summary>{0} the header, {1} the value.</summary>
    public const string NotPositive = "Cell.NotPositive";

    /// <summary>{0} the header, {1} the value.</summary>
    public const string NotDate = "Cell.NotDate";

    /// <summary>{0} the header, {1} the value.</summary>
    public const string NotBoolean = "Cell.NotBoolean";

    /// <summary>{0} the header, {1} the value (an Excel error such as #N/A).</summary>
    public const string ExcelError = "Cell.ExcelError";

    /// <summary>{0} the header, {1} the value.</summary>
    public const string BadResourceCode = "Cell.BadResourceCode";

    /// <summary>{0} the header, {1} the value.</summary>
    public const string BadClassCode = "Cell.BadClassCode";

    /// <summary>{0} the header, {1} the value.</summary>
    public const string BadProviderCode = "Cell.BadProviderCode";

    /// <summary>{0} the header, {1} the value.</summary>
    public const string BadEnglishName = "Cell.BadEnglishName";

    /// <summary>{0} the resource code, {1} the row where it first appears.</summary>
    public const string DuplicateResourceCode = "Row.DuplicateResourceCode";

    /// <summary>{0} the resource code.</summary>
    public const string UnknownResourceCode = "Row.UnknownResourceCode";

    /// <summary>{0} the resource code, {1} the item name, {2} the row where it first appears.</summary>
    public const string DuplicateItemName = "Row.DuplicateItemName";
}
