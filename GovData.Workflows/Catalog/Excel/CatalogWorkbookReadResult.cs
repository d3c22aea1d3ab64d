namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// What the reader made of a workbook: the rows that parsed cleanly and every error found. A row with any format
/// error is left out of <see cref="Resources"/>/<see cref="Items"/> (its errors say why); the import must not commit
/// anything unless <see cref="IsValid"/>.
/// </summary>
public sealed class CatalogWorkbookReadResult
{
    private readonly IReadOnlyDictionary<string, string> _resourceColumns;
    private readonly IReadOnlyDictionary<string, string> _itemColumns;

    internal CatalogWorkbookReadResult(
        IReadOnlyList<ResourceRow> resources,
        IReadOnlyList<ItemRow> items,
        IReadOnlyList<CatalogWorkbookError> errors,
        IReadOnlyDictionary<string, string>? resourceColumns = null,
        IReadOnlyDictionary<string, string>? itemColumns = null)
    {
        Resources = resources;
        Items = items;
        Errors = errors;
        _resourceColumns = resourceColumns ?? new Dictionary<string, string>();
        _itemColumns = itemColumns ?? new Dictionary<string, string>();
    }

    public IReadOnlyList<ResourceRow> Resources { get; }

    public IReadOnlyList<ItemRow> Items { get; }

    public IReadOnlyList<CatalogWorkbookError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>Where a field of a resource row sits in this file (columns may be in any order), for rule errors.</summary>
    public CellPosition PositionOf(ResourceRow row, string field) =>
        new(CatalogSheets.Resources, row.Row, _resourceColumns.GetValueOrDefault(field, string.Empty));

    /// <inheritdoc cref="PositionOf(ResourceRow, string)"/>
    public CellPosition PositionOf(ItemRow row, string field) =>
        new(CatalogSheets.Items, row.Row, _itemColumns.GetValueOrDefault(field, string.Empty));

    internal static CatalogWorkbookReadResult Failed(CatalogWorkbookError error) => new([], [], [error]);
}

/// <summary>Reads an uploaded catalog workbook (Excel behind an interface: typed rows plus row-level errors).</summary>
public interface ICatalogWorkbookReader
{
    /// <summary>Never throws for bad input: every problem comes back as an error with its position.</summary>
    CatalogWorkbookReadResult Read(Stream workbook);
}
