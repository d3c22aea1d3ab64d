using GovData.Domain.Catalog;

namespace GovData.Domain.Resources;

/// <summary>
/// 信息项: one field of a data resource, with its own share and open attributes. Owned by <see cref="DataResource"/>:
/// created, changed and retired only through <see cref="DataResource.Publish"/>. Its id stays the same across versions
/// (grants name item ids); an item a new version drops is retired, never deleted.
/// </summary>
public sealed class DataItem
{
    private DataItem()
    {
    }

    internal DataItem(int position, CatalogItemContent content)
    {
        Apply(position, content);
    }

    public int Id { get; private set; }

    public int DataResourceId { get; private set; }

    public int Position { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string EnglishName { get; private set; } = string.Empty;

    public DataItemType DataType { get; private set; }

    public int? Length { get; private set; }

    public string? Description { get; private set; }

    public bool IsBaseItem { get; private set; }

    public ShareType ShareType { get; private set; }

    public string? ShareCondition { get; private set; }

    public OpenType OpenType { get; private set; }

    public string? OpenCondition { get; private set; }

    public string? LegalBasis { get; private set; }

    /// <summary>Dropped by a later version: kept so that grants naming it still resolve.</summary>
    public bool IsRetired { get; private set; }

    public CatalogItemContent ToContent() => new()
    {
        Name = Name,
        EnglishName = EnglishName,
        DataType = DataType,
        Length = Length,
        Description = Description,
        IsBaseItem = IsBaseItem,
        ShareType = ShareType,
        ShareCondition = ShareCondition,
        OpenType = OpenType,
        OpenCondition = OpenCondition,
        LegalBasis = LegalBasis,
    };

    internal void Apply(int position, CatalogItemContent content)
    {
        Position = position;
        Name = content.Name.Trim();
        EnglishName = content.EnglishName.Trim();
        DataType = content.DataType;
        Length = content.Length;
        Description = Clean(content.Description);
        IsBaseItem = content.IsBaseItem;
        ShareType = content.ShareType;
        ShareCondition = Clean(content.ShareCondition);
        OpenType = content.OpenType;
        OpenCondition = Clean(content.OpenCondition);
        LegalBasis = Clean(content.LegalBasis);
        IsRetired = false;
    }

    internal void Retire() => IsRetired = true;

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
