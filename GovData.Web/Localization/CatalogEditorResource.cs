namespace GovData.Web.Localization;

/// <summary>Texts of the catalog editor and the drafts page (Editor.*, Drafts.*, Enum.*): CatalogEditorResource.resx (Chinese) and .en.resx.</summary>
public sealed class CatalogEditorResource
{
}
