using System.Globalization;
using System.Resources;
using GovData.Domain.Notifications;
using GovData.Workflows.Mail;

namespace GovData.Web.Localization;

/// <summary>Renders outbox e-mails from <see cref="NotificationResource"/> in Chinese (zh-CN), the default language:
/// the recipient's language is not known outside a request.</summary>
public sealed class NotificationResourceMailRenderer : IMailTextRenderer
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly ResourceManager Resources = new(typeof(NotificationResource));

    public MailText Render(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var template = Resources.GetString(notification.MessageKey, Chinese);
        string text;
        try
        {
            text = template is null
                ? Format("Notifications.UnknownMessage", notification.MessageKey)
                : string.Format(Chinese, template, [.. notification.Arguments()]);
        }
        catch (FormatException)
        {
            text = template!;
        }

        var body = notification.Link is null ? text : text + "\n\n" + Format("Mail.Link", notification.Link);
        return new MailText(Format("Mail.Subject", text), body);
    }

    private static string Format(string key, string argument) =>
        string.Format(Chinese, Resources.GetString(key, Chinese) ?? key, argument);
}
