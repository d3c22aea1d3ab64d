using GovData.Tests.Workflows.Runtime;
using GovData.Workflows.Notifications;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;

namespace GovData.Tests.Workflows.Notifications;

public sealed class NotificationHubTests(RuntimeFixture fixture) : IClassFixture<RuntimeFixture>
{
    [Fact]
    public async Task Start_SignalsTheAssigneesAfterCommit_ARolledBackChangeSignalsNothing()
    {
        var hub = fixture.Get<NotificationHub>();
        var approverId = await fixture.UserIdAsync("approver.ga@govdata.local");
        var requesterId = await fixture.UserIdAsync("requester.rs@govdata.local");
        var signals = 0;
        using var subscription = hub.Subscribe(approverId, () =>
        {
            Interlocked.Increment(ref signals);
            return Task.CompletedTask;
        });
        var requesterSignals = 0;
        using var requesterSubscription = hub.Subscribe(requesterId, () =>
        {
            Interlocked.Increment(ref requesterSignals);
            return Task.CompletedTask;
        });

        var id = await fixture.StartShareRequestAsync();
        Assert.Equal(1, signals);

        var approver = await fixture.UserAsync("approver.ga@govdata.local");
        fixture.Handler.OnChanged = _ => throw new InvalidOperationException("rolled back");
        try
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Get<FireTrigger>().ExecuteAsync(
                new FireTriggerRequest(id, ShareRequestWorkflowV1.Refuse, new Dictionary<string, string> { ["legalBasis"] = "x" }),
                approver));
        }
        finally
        {
            fixture.Handler.OnChanged = null;
        }

        Assert.Equal(0, requesterSignals);
    }

    [Fact]
    public void Subscribe_DisposeTwice_RemovesOnlyItsHandler()
    {
        var hub = new NotificationHub();
        var first = hub.Subscribe("u1", () => Task.CompletedTask);
        using var second = hub.Subscribe("u1", () => Task.CompletedTask);

        first.Dispose();
        first.Dispose();

        Assert.Equal(1, hub.SubscriberCount("u1"));
    }
}
