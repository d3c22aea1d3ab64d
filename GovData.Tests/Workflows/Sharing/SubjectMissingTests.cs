using GovData.Workflows.Notifications;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Sharing;

/// <summary>A step whose subject is gone is refused with nothing written; a new submission rings the bells at once.</summary>
public abstract class SubjectMissingTestsCases(SharingFixture fixture)
{
    [Fact]
    public async Task Approve_WhenTheRequestIsGone_IsRefused_AndWritesNothing()
    {
        var submitted = await fixture.SubmitAsync("1.01.001/GA-0001");
        Assert.True(submitted.Succeeded, submitted.ErrorKey);
        var id = submitted.InstanceId!.Value;
        await using (var db = fixture.Database.CreateDbContext())
        {
            await db.ShareRequests.Where(r => r.Id == submitted.Id).ExecuteDeleteAsync();
        }

        var result = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(id, ShareRequestWorkflowV1.Approve, new Dictionary<string, string>(
            [
                ShareRequestArguments.GrantedItems.Of(["1"]),
                ShareRequestArguments.ValidUntil.Of(new DateOnly(2026, 1, 1)),
            ])),
            await fixture.UserAsync("approver.ga@govdata.local"));

        Assert.Equal((WorkflowOutcome.RuleBroken, SubjectMissing.Key), (result.Outcome, result.MessageKey));
        await using var check = fixture.Database.CreateDbContext();
        var instance = await check.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == id);
        Assert.Equal((ShareRequestWorkflowV1.Submitted, 1), (instance.State, instance.Revision));
        Assert.Equal(1, await check.WorkflowJournal.CountAsync(e => e.InstanceId == id));
        Assert.False(await check.ShareGrants.AnyAsync());
    }

    [Fact]
    public async Task Submit_SignalsTheProvidersApproversLive()
    {
        var approverId = (await fixture.UserAsync("approver.ga@govdata.local")).UserId;
        var signals = 0;
        using var subscription = fixture.Get<NotificationHub>().Subscribe(approverId, () =>
        {
            Interlocked.Increment(ref signals);
            return Task.CompletedTask;
        });

        var submitted = await fixture.SubmitAsync("1.01.001/GA-0001", "wj");

        Assert.True(submitted.Succeeded, submitted.ErrorKey);
        Assert.Equal(1, signals);
    }
}

public sealed class SubjectMissingTests(SharingFixture fixture) : SubjectMissingTestsCases(fixture), IClassFixture<SharingFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class SubjectMissingTestsOnPostgreSql(PostgreSqlSharingFixture fixture) : SubjectMissingTestsCases(fixture), IClassFixture<PostgreSqlSharingFixture>;
