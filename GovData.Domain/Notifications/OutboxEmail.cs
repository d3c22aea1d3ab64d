namespace GovData.Domain.Notifications;

/// <summary>
/// An e-mail waiting to be sent, written in the same transaction as the notification it copies (so a rolled-back
/// change sends nothing). Delivery claims it with a conditional update, so two deliverers never send it twice; a
/// failure is recorded and retried later with a growing delay.
/// </summary>
public sealed class OutboxEmail
{
    public const int MaxAttempts = 10;

    private OutboxEmail()
    {
    }

    public OutboxEmail(string idempotencyKey, string recipientAddress, string subject, string body, DateTime createdAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        IdempotencyKey = idempotencyKey;
        RecipientAddress = recipientAddress;
        Subject = subject;
        Body = body;
        CreatedAtUtc = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
        NextAttemptAtUtc = CreatedAtUtc;
    }

    public long Id { get; private set; }

    /// <summary>Unique: what the mail is about (e.g. instance, revision, recipient); also its Message-Id.</summary>
    public string IdempotencyKey { get; private set; } = string.Empty;

    public string RecipientAddress { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Not before this time (the backoff after a failure).</summary>
    public DateTime NextAttemptAtUtc { get; private set; }

    /// <summary>A deliverer holds the mail until this time (it claimed it and is sending).</summary>
    public DateTime? ClaimedUntilUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The delay before attempt <paramref name="attempts"/> + 1: 1, 2, 4 … minutes, at most 4 hours.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(240, Math.Pow(2, Math.Max(0, attempts - 1))));
}
