using GovData.Tests.Support;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;

namespace GovData.Tests.Workflows.Runtime;

public abstract class ConcurrencyTestsCases(RuntimeFixture fixture)
{
    [Fact]
    public async Task ApproveAndRefuseAtOnce_ExactlyOneTransition_LoserIsToldWhoDecided()
    {
        var first = await fixture.UserAsync("approver.ga@govdata.local");
        var second = await fixture.UserAsync(RuntimeFixture.SecondApproverEmail);
        var requesterId = await fixture.UserIdAsync("requester.rs@govdata.local");
        for (var round = 0; round < 6; round++)
        {
            var id = await fixture.StartShareRequestAsync();
            var notificationsBefore = (await fixture.NotificationsAsync(id)).Count;
            var approve = new FireTriggerRequest(id, ShareRequestWorkflowV1.Approve, new Dictionary<string, string>
            {
                ["grantedItems"] = "姓名",
                ["validUntil"] = "2026-03-31",
            }, ExpectedRevision: 1);
            var refuse = new FireTriggerRequest(id, ShareRequestWorkflowV1.Refuse, new Dictionary<string, string>
            {
                ["legalBasis"] = "《数据安全法》第三十八条",
            }, ExpectedRevision: 1);

            // Alternate who starts first so both orders of the race are exercised.
            var results = round % 2 == 0
                ? await Task.WhenAll(Task.Run(() => Fire(approve, first)), Task.Run(() => Fire(refuse, second)))
                : await Task.WhenAll(Task.Run(() => Fire(refuse, second)), Task.Run(() => Fire(approve, first)));

            var winner = Assert.Single(results, r => r.Succeeded);
            var loser = Assert.Single(results, r => !r.Succeeded);
            Assert.Equal(WorkflowOutcome.Conflict, loser.Outcome);
            Assert.Equal(WorkflowResult.AlreadyChangedKey, loser.MessageKey);

            var instance = await fixture.InstanceAsync(id);
            Assert.Equal(winner.State, instance.State);
            Assert.Equal(2, instance.Revision);
            var journal = await fixture.JournalAsync(id);
            Assert.Equal(2, journal.Count);
            Assert.Equal(journal[^1].ActorName, loser.Arguments[0]);
            Assert.Equal(instance.State, loser.Arguments[3]);
            var winnerName = instance.State == ShareRequestWorkflowV1.Approved ? first.UserName : second.UserName;
            Assert.Equal(winnerName, loser.Arguments[0]);

            var notifications = await fixture.NotificationsAsync(id);
            Assert.Equal(notificationsBefore + 1, notifications.Count);
            Assert.Equal(requesterId, notifications[^1].RecipientUserId);
        }
    }

    [Fact]
    public async Task WriterThatStartsWhileTheWinnerIsInsideItsTransaction_GetsAConflictResult()
    {
        // No ExpectedRevision: the loser starts while the winner is inside its transaction. On SQLite its unit of work
        // waits for the write lock and then reads the winner's result; on a server database it may read the old row,
        // and the revision check at save time stops it (the same Conflict result).
        var id = await fixture.StartShareRequestAsync();
        var first = await fixture.UserAsync("approver.ga@govdata.local");
        var second = await fixture.UserAsync(RuntimeFixture.SecondApproverEmail);
        var refuse = new FireTriggerRequest(id, ShareRequestWorkflowV1.Refuse, new Dictionary<string, string> { ["legalBasis"] = "x" });
        var approve = new FireTriggerRequest(id, ShareRequestWorkflowV1.Approve, new Dictionary<string, string>
        {
            ["grantedItems"] = "姓名",
            ["validUntil"] = "2026-03-31",
        });
        Task<WorkflowResult>? loser = null;
        var calls = 0;
        fixture.Handler.OnChanged = async _ =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                loser = Task.Run(() => Fire(approve, second));
                await Task.Delay(500);
            }
        };

        WorkflowResult started;
        WorkflowResult lost;
        try
        {
            started = await Fire(refuse, first);
            Assert.NotNull(loser);
            lost = await loser;
        }
        finally
        {
            fixture.Handler.OnChanged = null;
        }

        Assert.Equal(2, (await fixture.JournalAsync(id)).Count);
        if (fixture.Provider == TestProvider.Sqlite)
        {
            // The loser's unit of work waited for the write lock, then saw the decided instance and never reached its handler.
            Assert.True(started.Succeeded);
            Assert.Equal(WorkflowOutcome.Conflict, lost.Outcome);
            Assert.Equal(first.UserName, lost.Arguments[0]);
            Assert.Equal(ShareRequestWorkflowV1.Refused, lost.Arguments[3]);
            Assert.Equal(ShareRequestWorkflowV1.Refused, (await fixture.InstanceAsync(id)).State);
            Assert.Equal(1, calls);
            return;
        }

        // PostgreSQL: nothing is locked by reading, so the writer that commits first (here the one that started second,
        // while the first waits in its handler) decides, and the revision check turns the other into a Conflict that
        // names who decided and the state it reached (decision 0030).
        var decided = Assert.Single(new[] { started, lost }, r => r.Succeeded);
        var refused = Assert.Single(new[] { started, lost }, r => !r.Succeeded);
        Assert.Equal(WorkflowOutcome.Conflict, refused.Outcome);
        var instance = await fixture.InstanceAsync(id);
        Assert.Equal(decided.State, instance.State);
        Assert.Equal(2, instance.Revision);
        Assert.Equal(instance.State, refused.Arguments[3]);
        Assert.Equal(instance.State == ShareRequestWorkflowV1.Refused ? first.UserName : second.UserName, refused.Arguments[0]);
    }

    private async Task<WorkflowResult> Fire(FireTriggerRequest request, GovData.Domain.Identity.UserContext user) =>
        await fixture.Get<FireTrigger>().ExecuteAsync(request, user);
}

/// <summary>The cases above on SQLite.</summary>
public sealed class ConcurrencyTests(RuntimeFixture fixture) : ConcurrencyTestsCases(fixture), IClassFixture<RuntimeFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class ConcurrencyTestsOnPostgreSql(PostgreSqlRuntimeFixture fixture) : ConcurrencyTestsCases(fixture), IClassFixture<PostgreSqlRuntimeFixture>;
