namespace GovData.Domain.Settings;

/// <summary>
/// A setting the SystemAdmin changed on a page (issue #13 §4): its configuration key (e.g.
/// <c>Workflows:ShareRequest:ReplyWorkingDays</c>) and value, which override appsettings.json while the row exists.
/// Who changed it and why is in the audit chain; the row keeps the last change for the page.
/// </summary>
public sealed class StoredSetting
{
    public const int MaxKeyLength = 200;
    public const int MaxValueLength = 1000;

    private StoredSetting()
    {
    }

    public StoredSetting(string key, string value, string changedByUserId, DateTime changedAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentOutOfRangeException(nameof(key));
        }

        Key = key;
        Change(value, changedByUserId, changedAtUtc);
    }

    public string Key { get; private set; } = string.Empty;

    public string Value { get; private set; } = string.Empty;

    public string ChangedByUserId { get; private set; } = string.Empty;

    public DateTime ChangedAtUtc { get; private set; }

    public void Change(string value, string changedByUserId, DateTime changedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedByUserId);
        if (value.Length > MaxValueLength)
        {
            throw new ArgumentOutOfRangeException(nameof(value));
        }

        Value = value;
        ChangedByUserId = changedByUserId;
        ChangedAtUtc = changedAtUtc;
    }
}
