namespace GovData.Web.Localization;

/// <summary>The words of issued documents (written replies); neutral = zh-CN, .en = English for the parity tests —
/// documents are issued in Chinese (<see cref="DocumentResourceTexts"/>).</summary>
public sealed class DocumentResource;
