namespace GovData.Web.Localization;

/// <summary>Texts of the department API keys page and the catalog API's messages (neutral = zh-CN, .en = English).</summary>
public sealed class IntegrationResource;
