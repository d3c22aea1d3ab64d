using System.Globalization;
using GovData.Web.Components.Pages.Admin.People;
using GovData.Web.Localization;
using GovData.Workflows.Administration.Settings;
using GovData.Workflows.Deadlines;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Components.Pages.Admin.Settings;

/// <summary>How a setting's value and last change read on the settings page.</summary>
internal static class SettingText
{
    public static string Value(IStringLocalizer<AdminResource> text, ProcessSettingRow row) => row.Definition.Kind switch
    {
        SettingKind.Ladder => string.Join(" → ", row.Steps.Select(s => Step(text, s))),
        SettingKind.WorkingDays => text.Format("Settings.WorkingDays", row.Days ?? 0),
        SettingKind.Months => text.Format("Settings.Months", row.Days ?? 0),
        _ => text.Format("Settings.CalendarDays", row.Days ?? 0),
    };

    public static string Step(IStringLocalizer<AdminResource> text, EscalationStep step) =>
        text.Format("Settings.Step", step.AfterWorkingDays, text[$"Recipient.{step.Recipient}"]);

    public static string Changed(IStringLocalizer<AdminResource> text, ProcessSettingRow row) =>
        row.ChangedAtUtc is { } at
            ? text.Format("Settings.ChangedBy", row.ChangedBy ?? "—", at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
            : text["Settings.FromConfiguration"];
}
