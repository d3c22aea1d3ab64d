namespace GovData.Web.Localization;

/// <summary>
/// Texts of the catalog workbook errors (keys = GovData.Workflows.Catalog.Excel.CatalogWorkbookErrors; arguments
/// as documented there; neutral = zh-CN, .en = English).
/// </summary>
public sealed class CatalogImportResource;
