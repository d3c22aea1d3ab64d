namespace GovData.Web.Localization;

/// <summary>Texts of the inbox (待办) and the workflow instance page (neutral = zh-CN, .en = English).</summary>
public sealed class InboxResource;
