namespace GovData.Workflows.OpenData.Datasets;

/// <summary>
/// Where and how big datasets are stored (<c>OpenData:Datasets</c> in appsettings.json; decision 0021). The storage
/// folder defaults to <c>datasets</c> in the data directory (beside the SQLite database); a relative path is taken
/// from the data directory.
/// </summary>
public sealed record DatasetOptions
{
    public const string SectionName = "OpenData:Datasets";

    /// <summary>The folder of the stored releases; null or empty: <c>datasets</c> in the data directory.</summary>
    public string? Path { get; init; }

    /// <summary>The largest upload accepted (CSV or XLSX), in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>One CSV row may not be longer than this (a quote never closed would otherwise swallow the whole file).</summary>
    public int MaxRowBytes { get; init; } = 1024 * 1024;

    /// <summary>What an XLSX upload may inflate to in all (its parts are inflated once and counted before reading).</summary>
    public long MaxXlsxUncompressedBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    public int MaxColumns { get; init; } = 500;

    public int MaxCellCharacters { get; init; } = 32_767;

    /// <summary>
    /// A stored file hashed whole within this many seconds, with its length and last write time unchanged, is served
    /// without hashing it again; 0 hashes on every read.
    /// </summary>
    public int VerifiedForSeconds { get; init; } = 300;

    /// <summary>The upload stops collecting after this many errors (and says so).</summary>
    public int MaxErrors { get; init; } = 200;

    /// <summary>The absolute storage folder: <see cref="Path"/> (relative to the data directory), else its <c>datasets</c> folder.</summary>
    public string ResolvePath(string dataDirectory) =>
        string.IsNullOrWhiteSpace(Path)
            ? System.IO.Path.GetFullPath(System.IO.Path.Combine(dataDirectory, "datasets"))
            : System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(dataDirectory, Path));
}
