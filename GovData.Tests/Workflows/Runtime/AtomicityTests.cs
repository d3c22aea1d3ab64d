using GovData.Domain.Notifications;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Runtime;

public abstract class AtomicityTestsCases(RuntimeFixture fixture)
{
    [Fact]
    public async Task SubjectHandlerFailure_RollsBackTransitionJournalAndNotifications()
    {
        var id = await fixture.StartShareRequestAsync();
        var before = await fixture.NotificationsAsync(id);
        var approver = await fixture.UserAsync("approver.ga@govdata.local");
        var approverId = approver.UserId;
        fixture.Handler.OnChanged = async change =>
        {
            // The handler's own work is saved inside the transaction first, then it fails: all of it must go.
            change.Db.Notifications.Add(new Notification(approverId, "Test.HandlerWork", [], null, fixture.Time.GetUtcNow().UtcDateTime));
            await change.Db.SaveChangesAsync();
            throw new InvalidOperationException("grant could not be issued");
        };

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

        var instance = await fixture.InstanceAsync(id);
        Assert.Equal(ShareRequestWorkflowV1.Submitted, instance.State);
        Assert.Equal(1, instance.Revision);
        Assert.Single(await fixture.JournalAsync(id));
        Assert.Equal(before.Count, (await fixture.NotificationsAsync(id)).Count);
        await using var db = fixture.Database.CreateDbContext();
        Assert.False(await db.Notifications.AnyAsync(n => n.MessageKey == "Test.HandlerWork"));

        // And the instance still works afterwards.
        var retry = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(id, ShareRequestWorkflowV1.Refuse, new Dictionary<string, string> { ["legalBasis"] = "x" }),
            approver);
        Assert.True(retry.Succeeded);
        Assert.Contains("Refuse:Refused", fixture.Handler.Seen);
    }
}

/// <summary>The cases above on SQLite.</summary>
public sealed class AtomicityTests(RuntimeFixture fixture) : AtomicityTestsCases(fixture), IClassFixture<RuntimeFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class AtomicityTestsOnPostgreSql(PostgreSqlRuntimeFixture fixture) : AtomicityTestsCases(fixture), IClassFixture<PostgreSqlRuntimeFixture>;
