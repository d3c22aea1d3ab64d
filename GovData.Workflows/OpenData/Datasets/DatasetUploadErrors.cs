namespace GovData.Workflows.OpenData.Datasets;

/// <summary>Resource keys of dataset upload errors (texts in GovData.Web/Localization/OpenDataResource*.resx).</summary>
public static class DatasetUploadErrors
{
    public const string NotFound = "Dataset.Upload.NotFound";
    public const string NotAllowed = "Dataset.Upload.NotAllowed";
    public const string NotPublished = "Dataset.Upload.NotPublished";
    public const string Empty = "Dataset.Upload.Empty";
    public const string TooLarge = "Dataset.Upload.TooLarge";
    public const string UnknownFormat = "Dataset.Upload.UnknownFormat";
    public const string Binary = "Dataset.Upload.Binary";
    public const string Utf16 = "Dataset.Upload.Utf16";
    public const string Encoding = "Dataset.Upload.Encoding";
    public const string UnclosedQuote = "Dataset.Upload.UnclosedQuote";
    public const string RowTooLong = "Dataset.Upload.RowTooLong";
    public const string WorkbookUnreadable = "Dataset.Upload.WorkbookUnreadable";
    public const string WorkbookTooLarge = "Dataset.Upload.WorkbookTooLarge";
    public const string NoHeader = "Dataset.Upload.NoHeader";
    public const string NoRows = "Dataset.Upload.NoRows";
    public const string TooManyColumns = "Dataset.Upload.TooManyColumns";
    public const string ColumnMissing = "Dataset.Upload.ColumnMissing";
    public const string ColumnUnknown = "Dataset.Upload.ColumnUnknown";
    public const string ColumnDuplicate = "Dataset.Upload.ColumnDuplicate";
    public const string ValueCount = "Dataset.Upload.ValueCount";
    public const string NotNumber = "Dataset.Upload.NotNumber";
    public const string NotDate = "Dataset.Upload.NotDate";
    public const string NotDateTime = "Dataset.Upload.NotDateTime";
    public const string NotBoolean = "Dataset.Upload.NotBoolean";
    public const string NotBase64 = "Dataset.Upload.NotBase64";
    public const string TooLong = "Dataset.Upload.TooLong";
    public const string TooManyErrors = "Dataset.Upload.TooManyErrors";
    public const string Concurrent = "Dataset.Upload.Concurrent";

    /// <summary>Keys that refuse the whole file (an HTTP caller gets 413/415/400 rather than 422).</summary>
    public static bool IsFileLevel(string key) => key is TooLarge or UnknownFormat or Binary or Utf16 or Encoding or WorkbookUnreadable or WorkbookTooLarge or Empty;
}

/// <summary>
/// One reason a dataset upload is refused: where (data row counted from 1 after the header; the column's header
/// text), the value as read (shortened), the reason's key and its arguments.
/// </summary>
public sealed record DatasetUploadError(long? Row, string? Column, string? Value, string Key, IReadOnlyList<object> Arguments)
{
    public const int MaxValueChars = 100;

    public static DatasetUploadError Of(string key, params object[] arguments) => new(null, null, null, key, arguments);

    public static DatasetUploadError At(long? row, string? column, string? value, string key, params object[] arguments) =>
        new(row, column, value is { Length: > MaxValueChars } ? value[..MaxValueChars] + "…" : value, key, arguments);
}
