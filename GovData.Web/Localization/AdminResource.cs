namespace GovData.Web.Localization;

/// <summary>Texts of the department and people administration (AdminResource.resx Chinese, AdminResource.en.resx English).</summary>
public sealed class AdminResource;
