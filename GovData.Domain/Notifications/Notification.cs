using System.Text.Json;

namespace GovData.Domain.Notifications;

/// <summary>
/// 通知: a message to one user. It stores a resource key and its arguments, not rendered text, so each reader sees it
/// in their own language; the link is a local route of the app.
/// </summary>
public sealed class Notification
{
    public const int MaxArguments = 8;

    private Notification()
    {
    }

    public Notification(string recipientUserId, string messageKey, IEnumerable<string> arguments, string? link, DateTime createdAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientUserId);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageKey);
        ArgumentNullException.ThrowIfNull(arguments);
        var values = arguments.ToList();
        if (values.Count > MaxArguments)
        {
            throw new ArgumentOutOfRangeException(nameof(arguments), $"At most {MaxArguments} message arguments.");
        }

        if (link is not null && !IsLocalLink(link))
        {
            throw new DomainRuleException("Notification.LinkNotLocal", link);
        }

        RecipientUserId = recipientUserId;
        MessageKey = messageKey.Trim();
        MessageArguments = JsonSerializer.Serialize(values);
        Link = link;
        CreatedAtUtc = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
    }

    public long Id { get; private set; }

    public string RecipientUserId { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Resource key of the text, e.g. <c>Notification.ShareRequestReceived</c>.</summary>
    public string MessageKey { get; private set; } = string.Empty;

    /// <summary>The arguments of the text (<c>{0}</c>, <c>{1}</c> …) as a JSON array of strings.</summary>
    public string MessageArguments { get; private set; } = "[]";

    /// <summary>Where the notification leads: a local route such as <c>/sharing/requests/12</c>.</summary>
    public string? Link { get; private set; }

    /// <summary>When the recipient first read it. Set by a conditional update (see MarkNotificationRead), so a second
    /// click, or a second tab, keeps the first time.</summary>
    public DateTime? ReadAtUtc { get; private set; }

    public bool IsRead => ReadAtUtc is not null;

    /// <summary>The item it is about was handled (by the recipient or a colleague): nothing is left to do, so it counts as
    /// read from then on; a time already set stays.</summary>
    public void Resolve(DateTime nowUtc) => ReadAtUtc ??= nowUtc;

    public IReadOnlyList<string> Arguments() => ParseArguments(MessageArguments);

    public static IReadOnlyList<string> ParseArguments(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<string[]>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>A path inside this app: starts with one slash, not <c>//</c> or <c>/\</c> (which browsers treat as another host).</summary>
    public static bool IsLocalLink(string link) =>
        link.Length > 0
        && link[0] == '/'
        && (link.Length == 1 || (link[1] != '/' && link[1] != '\\'))
        && !link.Any(char.IsControl);
}
