namespace GovData.Web.Localization;

/// <summary>Texts of the open-data application pages and rule errors (neutral = zh-CN, .en = English).</summary>
public sealed class OpenDataApplicationResource;
