using GovData.Domain.Resources;

namespace GovData.Domain.Catalog;

/// <summary>
/// Everything a department states about one catalog entry (docs/catalog/fields.md), as plain values: what a draft
/// holds, what a version records, what an Excel row or the API parses into. <see cref="CatalogRules"/> checks it.
/// Codes are text here so that a bad one can be reported per field instead of failing the parse.
/// </summary>
public sealed record CatalogEntryContent
{
    public string Code { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public CatalogClass CatalogClass { get; init; } = CatalogClass.Department;

    public string ClassCode { get; init; } = string.Empty;

    public Theme? Theme { get; init; }

    public BaseResourceKind? BaseResourceKind { get; init; }

    public PriorityDomain? PriorityDomain { get; init; }

    public string ProviderCode { get; init; } = string.Empty;

    public string? InternalUnit { get; init; }

    public string? SourceSystem { get; init; }

    public string Summary { get; init; } = string.Empty;

    public ResourceFormat Format { get; init; } = ResourceFormat.Database;

    public long? RecordCount { get; init; }

    public decimal? DataVolumeMB { get; init; }

    public ShareType ShareType { get; init; } = ShareType.Unconditional;

    public string? ShareCondition { get; init; }

    public ShareMethod? ShareMethod { get; init; }

    public OpenType OpenType { get; init; } = OpenType.Unconditional;

    public string? OpenCondition { get; init; }

    public string? LegalBasis { get; init; }

    public UpdateCycle UpdateCycle { get; init; } = UpdateCycle.Irregular;

    public DateOnly? LastDataUpdate { get; init; }

    public DateOnly? ReleaseDate { get; init; }

    public IReadOnlyList<string> RelatedCodes { get; init; } = [];

    public IReadOnlyList<CatalogItemContent> Items { get; init; } = [];
}

/// <summary>One data item (信息项) of <see cref="CatalogEntryContent"/>.</summary>
public sealed record CatalogItemContent
{
    public string Name { get; init; } = string.Empty;

    public string EnglishName { get; init; } = string.Empty;

    public DataItemType DataType { get; init; } = DataItemType.String;

    public int? Length { get; init; }

    public string? Description { get; init; }

    /// <summary>基础数据项 (Art. 19): in a Base resource always shared unconditionally.</summary>
    public bool IsBaseItem { get; init; }

    public ShareType ShareType { get; init; } = ShareType.Unconditional;

    public string? ShareCondition { get; init; }

    public OpenType OpenType { get; init; } = OpenType.Unconditional;

    public string? OpenCondition { get; init; }

    public string? LegalBasis { get; init; }
}
