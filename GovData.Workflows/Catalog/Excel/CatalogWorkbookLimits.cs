namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// What an uploaded workbook may be. The zip limits are checked on the central directory before the package is
/// opened, so a zip bomb is refused without inflating it.
/// </summary>
public sealed record CatalogWorkbookLimits
{
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Total uncompressed / total compressed size. Real sheets of repetitive rows reach ~20.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    public int MaxParts { get; init; } = 1_000;

    /// <summary>Data rows per sheet (a 100,000-item catalog fits with room to spare).</summary>
    public int MaxRowsPerSheet { get; init; } = 500_000;

    /// <summary>The reader stops collecting after this many errors (and says so) to keep a garbage file cheap.</summary>
    public int MaxErrors { get; init; } = 1_000;
}
