namespace GovData.Web.Localization;

/// <summary>Texts of the sharing pages (neutral = zh-CN, .en = English).</summary>
public sealed class SharingResource;
