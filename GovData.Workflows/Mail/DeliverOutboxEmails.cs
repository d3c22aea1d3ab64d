using GovData.Domain.Notifications;
using GovData.Workflows.Persistence;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace GovData.Workflows.Mail;

/// <summary>What one delivery run did.</summary>
public sealed record MailDeliveryResult(int Sent, int Failed);

/// <summary>
/// Sends pending outbox e-mails through SMTP (a recurring job; off while <c>Mail:Host</c> is empty). Each mail is
/// claimed first with a conditional update (pending, not claimed by a live deliverer), so two deliverers never send
/// the same mail; after sending it is marked sent; a failure records the error and waits a growing delay.
/// </summary>
public sealed class DeliverOutboxEmails(
    IDbContextFactory<GovDataDbContext> contextFactory,
    MailOptions options,
    TimeProvider time,
    ILogger<DeliverOutboxEmails> logger)
{
    public const string JobId = "outbox-email-delivery";

    public const string Cron = "* * * * *";

    public const int BatchSize = 100;

    /// <summary>How long a claim holds: a deliverer that died mid-send releases its mail after this.</summary>
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(5);

    public Task RunAsync(CancellationToken cancellationToken) => DeliverAsync(cancellationToken);

    public async Task<MailDeliveryResult> DeliverAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Enabled)
        {
            return new MailDeliveryResult(0, 0);
        }

        var now = time.GetUtcNow().UtcDateTime;
        List<long> due;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.OutboxEmails.AsNoTracking()
                .Where(m => m.SentAtUtc == null && m.NextAttemptAtUtc <= now && m.Attempts < OutboxEmail.MaxAttempts
                    && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
                .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id)
                .Select(m => m.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
        }

        if (due.Count == 0)
        {
            return new MailDeliveryResult(0, 0);
        }

        int sent = 0, failed = 0;
        using var client = new SmtpClient();
        foreach (var id in due)
        {
            var mail = await ClaimAsync(id, now, cancellationToken);
            if (mail is null)
            {
                continue;
            }

            try
            {
                await EnsureConnectedAsync(client, cancellationToken);
                await client.SendAsync(Message(mail), cancellationToken);
                await MarkSentAsync(id, cancellationToken);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Outbox e-mail {Id} to {Recipient} failed (attempt {Attempt}).", id, mail.RecipientAddress, mail.Attempts);
                await MarkFailedAsync(id, mail.Attempts, ex.Message, cancellationToken);
                failed++;
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: false, CancellationToken.None);
                }
            }
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }

        return new MailDeliveryResult(sent, failed);
    }

    private async Task<OutboxEmail?> ClaimAsync(long id, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var until = now + ClaimTimeout;
        var claimed = await db.OutboxEmails
            .Where(m => m.Id == id && m.SentAtUtc == null && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntilUtc, until).SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        return claimed == 1 ? await db.OutboxEmails.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken) : null;
    }

    private async Task MarkSentAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await db.OutboxEmails.Where(m => m.Id == id && m.SentAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAtUtc, now).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
    }

    private async Task MarkFailedAsync(long id, int attempts, string error, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var next = time.GetUtcNow().UtcDateTime + OutboxEmail.Backoff(attempts);
        var message = error.Length > 2000 ? error[..2000] : error;
        await db.OutboxEmails.Where(m => m.Id == id && m.SentAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, message).SetProperty(m => m.NextAttemptAtUtc, next).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null), CancellationToken.None);
    }

    private async Task EnsureConnectedAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        if (client.IsConnected)
        {
            return;
        }

        var security = options.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.None;
        await client.ConnectAsync(options.Host, options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.User))
        {
            await client.AuthenticateAsync(options.User, options.Password, cancellationToken);
        }
    }

    private MimeMessage Message(OutboxEmail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(mail.RecipientAddress));
        message.Subject = mail.Subject;
        // A stable Message-Id from the idempotency key: a receiver can drop a resend after a lost acknowledgement.
        message.MessageId = mail.IdempotencyKey.Replace(':', '.') + "@govdata";
        message.Body = new TextPart("plain") { Text = mail.Body };
        return message;
    }
}
