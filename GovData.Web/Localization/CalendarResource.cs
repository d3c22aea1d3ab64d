namespace GovData.Web.Localization;

/// <summary>Texts of the working-day calendar: the administration page, the public deadline calculator and the due-date API.</summary>
public sealed class CalendarResource;
