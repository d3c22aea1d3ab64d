using GovData.Workflows.Notifications;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Sharing;

/// <summary>Issue #14: notifications about an item resolve when the item is handled, and name the item and the other
/// department instead of an internal number.</summary>
public abstract class NotificationResolutionTestsCases(SharingFixture fixture)
{
    [Fact]
    public async Task Decision_ResolvesTheDeciderDepartmentsNotifications_NotTheRequesters()
    {
        var submitted = await fixture.SubmitAsync("2.02.002/RS-0002", "wj");
        var link = "/workflows/" + submitted.InstanceId;
        var approver = await fixture.UserAsync("approver.rs@govdata.local");
        var requester = await fixture.UserAsync("requester.wj@govdata.local");
        Assert.True(await UnreadAsync(approver.UserId, link) > 0);

        var fired = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(submitted.InstanceId!.Value, ShareRequestWorkflowV1.Refuse, new Dictionary<string, string> { ["legalBasis"] = "1" }, "超出履职所必需的范围"),
            approver);

        Assert.True(fired.Succeeded, fired.MessageKey);
        Assert.Equal(0, await UnreadAsync(approver.UserId, link));
        Assert.Equal(1, await UnreadAsync(requester.UserId, link));
    }

    [Fact]
    public async Task List_NamesTheItemAndTheOtherDepartment()
    {
        var submitted = await fixture.SubmitAsync("2.02.001/RS-0001", "jt");
        var approver = await fixture.UserAsync("approver.rs@govdata.local");

        var page = await new ListNotifications(fixture.Database).ExecuteAsync(approver);

        var item = page.Items.First(i => i.Link == "/workflows/" + submitted.InstanceId);
        Assert.Contains("社会保险参保信息", item.Subject, StringComparison.Ordinal);
        Assert.Equal("市交通运输局", item.OtherDepartment);
    }

    private async Task<int> UnreadAsync(string userId, string link)
    {
        await using var db = fixture.Database.CreateDbContext();
        return await db.Notifications.CountAsync(n => n.RecipientUserId == userId && n.Link == link && n.ReadAtUtc == null);
    }
}

public sealed class NotificationResolutionTests(SharingFixture fixture) : NotificationResolutionTestsCases(fixture), IClassFixture<SharingFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class NotificationResolutionTestsOnPostgreSql(PostgreSqlSharingFixture fixture) : NotificationResolutionTestsCases(fixture), IClassFixture<PostgreSqlSharingFixture>;
