namespace GovData.Web.Localization;

/// <summary>Texts of the catalog browsing pages: lists, entry detail, version page (neutral = zh-CN, .en = English).</summary>
public sealed class CatalogBrowseResource;
