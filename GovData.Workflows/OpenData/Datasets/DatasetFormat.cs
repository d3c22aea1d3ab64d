namespace GovData.Workflows.OpenData.Datasets;

/// <summary>The machine-readable formats a dataset is delivered in (Art. 25).</summary>
public enum DatasetFormat
{
    Csv = 1,
    Json = 2,
    Xlsx = 3,
}

public static class DatasetFormats
{
    public static IReadOnlyList<DatasetFormat> All { get; } = [DatasetFormat.Csv, DatasetFormat.Json, DatasetFormat.Xlsx];

    public static string Extension(DatasetFormat format) => format switch
    {
        DatasetFormat.Csv => "csv",
        DatasetFormat.Json => "json",
        _ => "xlsx",
    };

    public static string ContentType(DatasetFormat format) => format switch
    {
        DatasetFormat.Csv => "text/csv; charset=utf-8",
        DatasetFormat.Json => "application/json; charset=utf-8",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>The IANA media type (DCAT's dcat:mediaType) without parameters.</summary>
    public static string MediaType(DatasetFormat format) => ContentType(format).Split(';')[0];

    public static DatasetFormat? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "csv" => DatasetFormat.Csv,
        "json" => DatasetFormat.Json,
        "xlsx" => DatasetFormat.Xlsx,
        _ => null,
    };
}
