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

        try
        {
            return string.Format(CultureInfo.CurrentCulture, template.Value, [.. item.Arguments]);
        }
        catch (FormatException)
        {
            // A template changed after the notification was stored: show the text without its arguments.
            return template.Value;
        }
    }
}
