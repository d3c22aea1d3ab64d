using GovData.Domain.Sharing;
using GovData.Tests.Workflows.Sharing;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Persistence;

/// <summary>
/// The write use cases on SQLite under the retrying strategy, with a transient failure at commit: the whole unit of work
/// runs again and the result is written once. (Every use-case test runs under that strategy; these make it retry.)
/// </summary>
public abstract class UseCasesUnderRetriesTestsCases(SharingFixture fixture)
{
    [Fact]
    public async Task SubmitShareRequest_FailedCommit_IsRetried_OneRequestOneInstanceOneStartEntry()
    {
        var failedBefore = fixture.Database.Failures.FailedCommits;
        fixture.Database.Failures.FailNextCommits(1);

        var submitted = await fixture.SubmitAsync("1.01.001/GA-0001");

        Assert.True(submitted.Succeeded, submitted.ErrorKey);
        Assert.Equal(failedBefore + 1, fixture.Database.Failures.FailedCommits);
        await using var db = fixture.Database.CreateDbContext();
        var request = await db.ShareRequests.SingleAsync(r => r.Id == submitted.Id);
        var instance = await db.WorkflowInstances.SingleAsync(i => i.SubjectType == SubmitShareRequest.SubjectType && i.SubjectId == request.Id.ToString());
        Assert.Equal(instance.Id, request.WorkflowInstanceId);
        Assert.Single(await db.WorkflowJournal.Where(e => e.InstanceId == instance.Id).ToListAsync());
        Assert.Equal(1, await db.ShareRequests.CountAsync(r => r.DataResourceId == request.DataResourceId));
    }

    [Fact]
    public async Task Approve_FailedCommitTwice_IsRetried_OneGrantOneTransition()
    {
        var submitted = await fixture.SubmitAsync("2.02.001/RS-0001", "ga");
        var (_, items) = await fixture.ResourceAsync("2.02.001/RS-0001");
        var approver = await fixture.UserAsync("approver.rs@govdata.local");
        var failedBefore = fixture.Database.Failures.FailedCommits;
        fixture.Database.Failures.FailNextCommits(2);

        var fired = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(submitted.InstanceId!.Value, ShareRequestWorkflowV1.Approve, new Dictionary<string, string>(
            [
                ShareRequestArguments.GrantedItems.Of([$"{items[0]}"]),
                ShareRequestArguments.ValidUntil.Of(new DateOnly(2025, 12, 29)),
            ])),
            approver);

        Assert.True(fired.Succeeded, fired.MessageKey);
        Assert.Equal(failedBefore + 2, fixture.Database.Failures.FailedCommits);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal(ShareGrantOrigin.ShareRequest, (await db.ShareGrants.SingleAsync(g => g.ShareRequestId == submitted.Id)).Origin);
        var journal = await db.WorkflowJournal.Where(e => e.InstanceId == submitted.InstanceId).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([StartWorkflow.StartTrigger, ShareRequestWorkflowV1.Approve], journal.Select(e => e.Trigger));
    }

    [Fact]
    public async Task AuditTimestamps_FollowTheFakeClock()
    {
        fixture.SetChinaTime(new DateTime(2025, 9, 30, 16, 42, 7));
        var now = fixture.Time.GetUtcNow().UtcDateTime;

        var submitted = await fixture.SubmitAsync("1.04.001/GA-0002");

        Assert.True(submitted.Succeeded, submitted.ErrorKey);
        await using var db = fixture.Database.CreateDbContext();
        var key = submitted.Id.ToString();
        var rows = await db.AuditEntries.Where(e => e.EntityType == nameof(ShareRequest) && e.EntityKey == key).ToListAsync();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(now, r.OccurredAtUtc));
    }
}

/// <summary>The cases above on SQLite.</summary>
public sealed class UseCasesUnderRetriesTests(SharingFixture fixture) : UseCasesUnderRetriesTestsCases(fixture), IClassFixture<SharingFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class UseCasesUnderRetriesTestsOnPostgreSql(PostgreSqlSharingFixture fixture) : UseCasesUnderRetriesTestsCases(fixture), IClassFixture<PostgreSqlSharingFixture>;
