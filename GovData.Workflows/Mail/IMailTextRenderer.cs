using System.Globalization;
using GovData.Domain.Notifications;

namespace GovData.Workflows.Mail;

/// <summary>The subject and body of a notification's e-mail.</summary>
public sealed record MailText(string Subject, string Body);

/// <summary>Renders a notification (resource key + arguments) as e-mail text; the web app renders it from its
/// resources in Chinese (zh-CN), the default language.</summary>
public interface IMailTextRenderer
{
    MailText Render(Notification notification);
}

/// <summary>The fallback without the web app's resources (tools, tests): the key and its arguments.</summary>
public sealed class KeyMailTextRenderer : IMailTextRenderer
{
    public MailText Render(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var arguments = string.Join(", ", notification.Arguments());
        return new MailText(notification.MessageKey, string.Create(CultureInfo.InvariantCulture, $"{notification.MessageKey} ({arguments}) {notification.Link}"));
    }
}
