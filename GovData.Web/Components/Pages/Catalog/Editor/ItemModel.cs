using GovData.Domain.Catalog;
using GovData.Domain.Resources;

namespace GovData.Web.Components.Pages.Catalog.Editor;

/// <summary>One editable data item (信息项).</summary>
public sealed class ItemModel
{
    public string? Name { get; set; }

    public string? EnglishName { get; set; }

    public DataItemType DataType { get; set; } = DataItemType.String;

    public int? Length { get; set; }

    public string? Description { get; set; }

    public bool IsBaseItem { get; set; }

    public ShareType ShareType { get; set; } = ShareType.Unconditional;

    public string? ShareCondition { get; set; }

    public OpenType OpenType { get; set; } = OpenType.Unconditional;

    public string? OpenCondition { get; set; }

    public string? LegalBasis { get; set; }

    public bool NeedsLegalBasis => CatalogRules.NeedsLegalBasis(ShareType, OpenType);

    public static ItemModel From(CatalogItemContent item) => new()
    {
        Name = item.Name, EnglishName = item.EnglishName, DataType = item.DataType, Length = item.Length, Description = item.Description,
        IsBaseItem = item.IsBaseItem, ShareType = item.ShareType, ShareCondition = item.ShareCondition, OpenType = item.OpenType,
        OpenCondition = item.OpenCondition, LegalBasis = item.LegalBasis,
    };

    public CatalogItemContent ToContent() => new()
    {
        Name = EditorModel.Text(Name), EnglishName = EditorModel.Text(EnglishName), DataType = DataType, Length = Length, Description = EditorModel.Blank(Description),
        IsBaseItem = IsBaseItem, ShareType = ShareType,
        ShareCondition = ShareType == ShareType.Conditional ? EditorModel.Blank(ShareCondition) : null,
        OpenType = OpenType, OpenCondition = OpenType == OpenType.OnApplication ? EditorModel.Blank(OpenCondition) : null,
        LegalBasis = NeedsLegalBasis ? EditorModel.Blank(LegalBasis) : null,
    };
}
