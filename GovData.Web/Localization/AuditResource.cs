namespace GovData.Web.Localization;

/// <summary>Texts of the audit log page (AuditResource.resx Chinese, AuditResource.en.resx English).</summary>
public sealed class AuditResource;
