using GovData.Domain.Catalog;
using GovData.Workflows.Catalog.Excel;

namespace GovData.Workflows.Catalog;

/// <summary>What an import would do (or did) with one entry of the file.</summary>
public enum ImportEntryStatus
{
    Create = 1,
    Update = 2,
    Unchanged = 3,
    Error = 4,
}

/// <summary>One resource row of the file: its code, name, 目录 row, what happens to it, and (after a commit) its entry id.</summary>
public sealed record CatalogImportEntry(string Code, string Name, int Row, ImportEntryStatus Status, int? ResourceId = null);

/// <summary>
/// The preview (dry run) or the outcome of a commit. <see cref="Errors"/> are resource keys with arguments and cell
/// positions: workbook errors (keys of CatalogImportResource), catalog rules (<c>Catalog.*</c> keys of CatalogResource)
/// and <see cref="ImportCatalog.CodeOfOtherDepartment"/>. <see cref="RefusalKey"/> is set when the caller may not import
/// at all (then nothing else is). <see cref="ImportedResourceIds"/>: the entries whose draft this commit created or
/// changed (what "submit after import" submits).
/// </summary>
public sealed record CatalogImportResult(
    string? RefusalKey,
    ImportOutcome Outcome,
    ImportCounts Counts,
    IReadOnlyList<CatalogImportEntry> Entries,
    IReadOnlyList<CatalogWorkbookError> Errors,
    int? RecordId,
    IReadOnlyList<int> ImportedResourceIds)
{
    public bool IsRefused => RefusalKey is not null;

    public bool HasErrors => Errors.Count > 0;

    public bool Committed => Outcome == ImportOutcome.Committed;

    public static CatalogImportResult Refused(string key) => new(key, ImportOutcome.Refused, new ImportCounts(0, 0, 0, 0), [], [], null, []);
}
