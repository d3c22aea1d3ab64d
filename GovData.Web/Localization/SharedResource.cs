namespace GovData.Web.Localization;

/// <summary>
/// Texts of the shell and of more than one page. Each feature has its own marker class and .resx pair in this folder
/// (e.g. CalendarResource): the neutral file is zh-CN (the default culture), the .en file is English; one key per text.
/// </summary>
public sealed class SharedResource;
