namespace GovData.Web.Localization;

/// <summary>
/// MudBlazor's own texts (keys of its LanguageResource, e.g. MudFormComponent_Required), so its built-in messages follow
/// the user's language instead of showing English in the Chinese UI. A key missing here falls back to MudBlazor's English.
/// </summary>
public sealed class MudBlazorResource;
