using System.Globalization;
using GovData.Web.Localization;
using GovData.Workflows.Notifications;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Components.Pages.Notifications;

/// <summary>Renders a stored notification (resource key + arguments) in the reader's language.</summary>
public static class NotificationText
{
    public static string Render(IStringLocalizer<NotificationResource> localizer, NotificationItem item)
    {
        var template = localizer[item.MessageKey];
        if (template.ResourceNotFound)
        {
            return localizer["Notifications.UnknownMessage", item.MessageKey];
        }

        // A workflow item is named by what it is about and who is on the other side, not by its internal number ({0}).
        object[] arguments = [.. item.Arguments];
        if (item.Subject is { } subject && arguments.Length > 0)
        {
            arguments[0] = item.OtherDepartment is { } other
                ? localizer["Notifications.Subject.WithDepartment", subject, other].Value
                : localizer["Notifications.Subject", subject].Value;
        }

        try
        {
            return string.Format(CultureInfo.CurrentCulture, template.Value, arguments);
        }
        catch (FormatException)
        {
            // A template changed after the notification was stored: show the text without its arguments.
            return template.Value;
        }
    }
}
