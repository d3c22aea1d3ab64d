namespace GovData.Web.Localization;

/// <summary>Texts of the stale catalog page (Art. 16; neutral = zh-CN, .en = English).</summary>
public sealed class CatalogStaleResource;
