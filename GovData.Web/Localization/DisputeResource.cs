namespace GovData.Web.Localization;

/// <summary>Texts of the dispute pages and the dispute process's rule errors (neutral = zh-CN, .en = English).</summary>
public sealed class DisputeResource;
