using GovData.Domain.Resources;

namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// One row of the 目录 sheet with typed values (docs/catalog/fields.md). A plain record of the file, not the model:
/// the import use case maps it onto the catalog entities and runs their rules.
/// </summary>
public sealed record ResourceRow
{
    /// <summary>The 1-based sheet row the values came from (0 when the row was not read from a file).</summary>
    public int Row { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required CatalogClass CatalogClass { get; init; }

    public required string ClassCode { get; init; }

    public Theme? Theme { get; init; }

    public BaseResourceKind? BaseResourceKind { get; init; }

    public PriorityDomain? PriorityDomain { get; init; }

    public required string ProviderCode { get; init; }

    public string? InternalUnit { get; init; }

    public string? SourceSystem { get; init; }

    public required string Summary { get; init; }

    public required ResourceFormat Format { get; init; }

    public long? RecordCount { get; init; }

    public decimal? DataVolumeMB { get; init; }

    public required ShareType ShareType { get; init; }

    public string? ShareCondition { get; init; }

    public ShareMethod? ShareMethod { get; init; }

    public required OpenType OpenType { get; init; }

    public string? OpenCondition { get; init; }

    public string? LegalBasis { get; init; }

    public required UpdateCycle UpdateCycle { get; init; }

    public DateOnly? LastDataUpdate { get; init; }

    public DateOnly? ReleaseDate { get; init; }

    public IReadOnlyList<string> RelatedCodes { get; init; } = [];
}

/// <summary>One row of the 信息项 sheet with typed values; <see cref="ResourceCode"/> names its row in 目录.</summary>
public sealed record ItemRow
{
    public int Row { get; init; }

    public required string ResourceCode { get; init; }

    public required string Name { get; init; }

    public required string EnglishName { get; init; }

    public required DataItemType DataType { get; init; }

    public int? Length { get; init; }

    public string? Description { get; init; }

    public bool IsBaseItem { get; init; }

    public required ShareType ShareType { get; init; }

    public string? ShareCondition { get; init; }

    public required OpenType OpenType { get; init; }

    public string? OpenCondition { get; init; }

    public string? LegalBasis { get; init; }
}

/// <summary>Where a value sits in the workbook: sheet name, 1-based row, column letter (e.g. 目录!C7).</summary>
public sealed record CellPosition(string Sheet, int Row, string Column)
{
    public override string ToString() => $"{Sheet}!{Column}{Row}";
}
