namespace GovData.Web.Localization;

/// <summary>Texts of the open-data portal, the dataset upload and the open APIs (issue #11; neutral = zh-CN, .en = English).</summary>
public sealed class OpenDataResource;
