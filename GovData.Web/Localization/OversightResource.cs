namespace GovData.Web.Localization;

/// <summary>Texts of bureau oversight: proposals, rectification orders (the process's own step texts and rule errors),
/// public criticisms, the department oversight page and the public criticisms page.</summary>
public sealed class OversightResource;
