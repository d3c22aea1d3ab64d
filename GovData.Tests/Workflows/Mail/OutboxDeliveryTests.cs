using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using GovData.Tests.Workflows.Runtime;
using GovData.Workflows.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace GovData.Tests.Workflows.Mail;

public abstract class OutboxDeliveryTestsCases(RuntimeFixture fixture)
{
    [Fact]
    public async Task Transition_QueuesMailForConfirmedAddressesOnly_InItsTransaction()
    {
        var id = await fixture.StartShareRequestAsync();

        var mails = await MailsAsync(id);

        // The seeded approver has a confirmed address; the fixture's second approver has not.
        var mail = Assert.Single(mails);
        Assert.Equal("approver.ga@govdata.local", mail.RecipientAddress);
        Assert.Null(mail.SentAtUtc);
        Assert.Equal(2, (await fixture.NotificationsAsync(id)).Count);
    }

    [Fact]
    public async Task Deliver_SendsOnceThroughARealSmtpConversation_SecondRunSendsNothing()
    {
        var id = await fixture.StartShareRequestAsync();
        var mail = Assert.Single(await MailsAsync(id));
        await using var server = await TestSmtpServer.StartAsync(reject: false);

        var first = await Deliverer(server.Port).DeliverAsync();
        var second = await Deliverer(server.Port).DeliverAsync();

        Assert.True(first.Sent >= 1);
        Assert.Equal(0, first.Failed);
        Assert.Equal((0, 0), (second.Sent, second.Failed));
        var received = Assert.Single(server.Messages, m => m.MessageId == mail.IdempotencyKey.Replace(':', '.') + "@govdata");
        Assert.Equal("approver.ga@govdata.local", received.To.Mailboxes.Single().Address);
        Assert.Equal(mail.Subject, received.Subject);
        var sent = Assert.Single(await MailsAsync(id));
        Assert.NotNull(sent.SentAtUtc);
        Assert.Equal(1, sent.Attempts);
    }

    [Fact]
    public async Task Deliver_ServerRejects_LeavesItPendingWithTheError_RetriedAfterBackoff()
    {
        var id = await fixture.StartShareRequestAsync();
        await using var server = await TestSmtpServer.StartAsync(reject: true);

        await Deliverer(server.Port).DeliverAsync();

        var failed = Assert.Single(await MailsAsync(id));
        Assert.Null(failed.SentAtUtc);
        Assert.Equal(1, failed.Attempts);
        Assert.False(string.IsNullOrEmpty(failed.LastError));
        Assert.Equal(fixture.Time.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(1), failed.NextAttemptAtUtc);

        // Within the backoff nothing is tried; after it, the mail goes out once the server accepts.
        await Deliverer(server.Port).DeliverAsync();
        Assert.Equal(1, Assert.Single(await MailsAsync(id)).Attempts);
        server.Reject = false;
        fixture.Time.Advance(TimeSpan.FromMinutes(2));
        await Deliverer(server.Port).DeliverAsync();
        var delivered = Assert.Single(await MailsAsync(id));
        Assert.NotNull(delivered.SentAtUtc);
        Assert.Equal(2, delivered.Attempts);
    }

    [Fact]
    public async Task Deliver_WithoutHost_IsOff()
    {
        var result = await new DeliverOutboxEmails(fixture.Database, new MailOptions(), fixture.Time, NullLogger<DeliverOutboxEmails>.Instance).DeliverAsync();

        Assert.Equal(new MailDeliveryResult(0, 0), result);
    }

    private DeliverOutboxEmails Deliverer(int port) => new(
        fixture.Database,
        new MailOptions { Host = "127.0.0.1", Port = port, From = "noreply@govdata.local" },
        fixture.Time,
        NullLogger<DeliverOutboxEmails>.Instance);

    private async Task<List<GovData.Domain.Notifications.OutboxEmail>> MailsAsync(long instanceId)
    {
        var prefix = "workflow:" + instanceId + ":";
        await using var db = fixture.Database.CreateDbContext();
        return await db.OutboxEmails.AsNoTracking().Where(m => m.IdempotencyKey.StartsWith(prefix)).ToListAsync();
    }

    /// <summary>An SMTP server (the SmtpServer package) on a free loopback port that keeps what it receives.</summary>
    private sealed class TestSmtpServer : MessageStore, IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private Task _running = Task.CompletedTask;

        public int Port { get; private init; }

        public volatile bool Reject;

        public ConcurrentBag<MimeMessage> Messages { get; } = [];

        public static async Task<TestSmtpServer> StartAsync(bool reject)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var store = new TestSmtpServer { Port = port, Reject = reject };
            var options = new SmtpServerOptionsBuilder()
                .ServerName("localhost")
                .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
                .Build();
            var services = new SmtpServer.ComponentModel.ServiceProvider();
            services.Add(store);
            var server = new SmtpServer.SmtpServer(options, services);
            store._running = server.StartAsync(store._stop.Token);
            await Task.Delay(100);
            return store;
        }

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Reject)
            {
                return SmtpResponse.MailboxUnavailable;
            }

            await using var stream = new MemoryStream(buffer.ToArray());
            Messages.Add(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            try
            {
                await _running;
            }
            catch (OperationCanceledException)
            {
                // Stopping the server cancels its listener.
            }

            _stop.Dispose();
        }
    }
}

public sealed class OutboxDeliveryTests(RuntimeFixture fixture) : OutboxDeliveryTestsCases(fixture), IClassFixture<RuntimeFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class OutboxDeliveryTestsOnPostgreSql(PostgreSqlRuntimeFixture fixture) : OutboxDeliveryTestsCases(fixture), IClassFixture<PostgreSqlRuntimeFixture>;
