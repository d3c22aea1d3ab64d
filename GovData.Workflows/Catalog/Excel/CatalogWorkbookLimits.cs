namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// What an uploaded workbook may be. The zip limits are checked on the central directory before the package is
/// opened, so a zip bomb is refused without inflating it.
/// </summary>
public sealed record CatalogWorkbookLimits
{
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>
    /// What the package may inflate to in all: declared in the central directory, and counted while the parts are
    /// actually inflated (the directory may lie).
    /// </summary>
    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>
    /// Uncompressed / compressed size, of the whole archive and of every part on its own (an incompressible extra part
    /// hides a bomb from the whole-archive ratio). Real sheets of repetitive rows reach ~20; parts under 1 MB are free.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Characters kept of one cell or one shared string (Excel's own limit); the rest is counted, not held.</summary>
    public int MaxCellCharacters { get; init; } = 32_767;

    /// <summary>Characters kept of the whole shared-string table (a 100,000-item catalog needs a few million).</summary>
    public long MaxSharedStringCharacters { get; init; } = 16L * 1024 * 1024;

    public int MaxParts { get; init; } = 1_000;

    /// <summary>Data rows per sheet (a 100,000-item catalog fits with room to spare).</summary>
    public int MaxRowsPerSheet { get; init; } = 500_000;

    /// <summary>The reader stops collecting after this many errors (and says so) to keep a garbage file cheap.</summary>
    public int MaxErrors { get; init; } = 1_000;
}
