using GovData.Domain.Disputes;
using GovData.Workflows.Disputes;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Disputes;

/// <summary>Who may raise a dispute on which ground; a refused filing (bad file, wrong party, no ground) writes nothing.</summary>
public abstract class FileDisputeTestsCases(DisputeFixture fixture)
{
    [Fact]
    public async Task File_AScriptRenamedToPdf_IsRefused_AndNothingIsWritten()
    {
        var (requestId, _, _) = await fixture.RefusedRequestAsync();
        var before = await CountAsync();

        var result = await fixture.Get<FileDispute>().ExecuteAsync(
            await fixture.UserAsync("requester.rs@govdata.local"),
            new FileDisputeCommand(DisputeGround.Refusal, requestId, null, "请求协调", [new DisputeFile("证据.pdf", "<script>alert(1)</script>"u8.ToArray())]));

        Assert.Equal((DisputeErrors.AttachmentType, "证据.pdf"), (result.ErrorKey, result.Arguments[0]));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task File_ByAnotherDepartment_DoesNotLearnTheRequestExists()
    {
        var (requestId, _, _) = await fixture.RefusedRequestAsync();

        var result = await fixture.Get<FileDispute>().ExecuteAsync(
            await fixture.UserAsync("requester.jt@govdata.local"), new FileDisputeCommand(DisputeGround.Refusal, requestId, null, "请求协调", []));

        Assert.Equal(DisputeErrors.RequestNotFound, result.ErrorKey);
    }

    [Fact]
    public async Task File_AgainstARequestNotRefused_IsRefused()
    {
        var (resourceId, items) = await fixture.ResourceAsync(DisputeFixture.GaResource);
        var requester = await fixture.UserAsync("requester.wj@govdata.local");
        var submitted = await fixture.Get<GovData.Workflows.Sharing.SubmitShareRequest>().ExecuteAsync(requester,
            new GovData.Workflows.Sharing.SubmitShareRequestCommand(resourceId, "核验", "职责", [items[0]], new DateOnly(2025, 11, 3), new DateOnly(2026, 1, 1)));

        var refusal = await fixture.Get<FileDispute>().ExecuteAsync(requester, new FileDisputeCommand(DisputeGround.Refusal, submitted.Id, null, "协调", []));
        var overdue = await fixture.Get<FileDispute>().ExecuteAsync(requester, new FileDisputeCommand(DisputeGround.Overdue, submitted.Id, null, "协调", []));
        var duties = await fixture.Get<FileDispute>().ExecuteAsync(
            await fixture.UserAsync("approver.ga@govdata.local"), new FileDisputeCommand(DisputeGround.OutsideDuties, submitted.Id, null, "超出职责", []));

        Assert.Equal(DisputeErrors.NotRefused, refusal.ErrorKey);
        Assert.Equal(DisputeErrors.NotOverdue, overdue.ErrorKey);
        Assert.True(duties.Succeeded, duties.ErrorKey);
    }

    [Fact]
    public async Task File_TwiceForOneRequest_TheSecondIsRefused()
    {
        var (_, requestId, _) = await fixture.FiledAsync("wj");

        var again = await fixture.Get<FileDispute>().ExecuteAsync(
            await fixture.UserAsync("requester.wj@govdata.local"), new FileDisputeCommand(DisputeGround.Refusal, requestId, null, "再次", []));

        Assert.Equal(DisputeErrors.AlreadyOpen, again.ErrorKey);
    }

    [Fact]
    public async Task File_ShareTypeOfANotSharedEntry_ByAnotherDepartment_Succeeds_ButNotOfAnUnconditionalOne()
    {
        var (notShared, _) = await fixture.ResourceAsync("2.01.001/WJ-0001");
        var (unconditional, _) = await fixture.ResourceAsync("3.04.001/JT-0001");
        var requester = await fixture.UserAsync("requester.scjg@govdata.local");

        var contested = await fixture.Get<FileDispute>().ExecuteAsync(requester, new FileDisputeCommand(DisputeGround.ShareType, null, notShared, "应为有条件共享", []));
        var open = await fixture.Get<FileDispute>().ExecuteAsync(requester, new FileDisputeCommand(DisputeGround.ShareType, null, unconditional, "无", []));

        Assert.True(contested.Succeeded, contested.ErrorKey);
        Assert.Equal(DisputeErrors.ShareTypeNotContestable, open.ErrorKey);
    }

    private async Task<(int, int, int)> CountAsync()
    {
        await using var db = fixture.Database.CreateDbContext();
        return (await db.Disputes.CountAsync(), await db.DisputeAttachments.CountAsync(), await db.WorkflowInstances.CountAsync(i => i.DefinitionName == DisputeWorkflowV1.DefinitionName));
    }
}

public sealed class FileDisputeTests(DisputeFixture fixture) : FileDisputeTestsCases(fixture), IClassFixture<DisputeFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class FileDisputeTestsOnPostgreSql(PostgreSqlDisputeFixture fixture) : FileDisputeTestsCases(fixture), IClassFixture<PostgreSqlDisputeFixture>;
