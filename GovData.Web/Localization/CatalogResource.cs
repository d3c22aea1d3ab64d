namespace GovData.Web.Localization;

/// <summary>Texts of the catalog pages (neutral = zh-CN, .en = English).</summary>
public sealed class CatalogResource;
