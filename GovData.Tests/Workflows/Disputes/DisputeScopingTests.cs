using GovData.Workflows.Disputes;

namespace GovData.Tests.Workflows.Disputes;

/// <summary>A department never sees another department's disputes unless it is a party; the bureau sees them all.</summary>
public abstract class DisputeScopingTestsCases(DisputeFixture fixture)
{
    [Fact]
    public async Task ListAndDetailAndAttachment_AreScopedToThePartiesAndTheBureau()
    {
        var (filed, _, _) = await fixture.FiledAsync();
        var id = filed.Id!.Value;

        async Task<bool> Lists(string email) =>
            (await fixture.Get<ListDisputes>().ExecuteAsync(await fixture.UserAsync(email), new DisputeFilter())).Rows.Any(r => r.Id == id);

        Assert.True(await Lists("requester.rs@govdata.local"));
        Assert.True(await Lists("approver.ga@govdata.local"));
        Assert.True(await Lists("bureau@govdata.local"));
        Assert.False(await Lists("requester.jt@govdata.local"));
        Assert.False(await Lists("bureau.gxq@govdata.local"));

        var outsider = await fixture.UserAsync("lead.jt@govdata.local");
        Assert.Null(await fixture.Get<GetDispute>().ExecuteAsync(outsider, id));
        Assert.NotNull(await fixture.Get<GetDispute>().ExecuteAsync(await fixture.UserAsync("lead.ga@govdata.local"), id));

        var attachment = (await fixture.Get<GetDispute>().ExecuteAsync(await fixture.Bureau(), id))!.ClaimAttachments.Single();
        Assert.Null(await fixture.Get<GetDisputeAttachment>().ExecuteAsync(outsider, attachment.Id));
        var file = await fixture.Get<GetDisputeAttachment>().ExecuteAsync(await fixture.UserAsync("requester.rs@govdata.local"), attachment.Id);
        Assert.Equal("application/pdf", file!.ContentType);
    }

    [Fact]
    public async Task BureauList_FiltersByDepartment_AndState_AndCountsRemainingWorkingDays()
    {
        var (filed, _, _) = await fixture.FiledAsync("wj");
        var bureau = await fixture.Bureau();

        var byWj = await fixture.Get<ListDisputes>().ExecuteAsync(bureau, new DisputeFilter(DepartmentId: fixture.DepartmentIds["WJ"]));
        var byJt = await fixture.Get<ListDisputes>().ExecuteAsync(bureau, new DisputeFilter(DepartmentId: fixture.DepartmentIds["JT"]));
        var decided = await fixture.Get<ListDisputes>().ExecuteAsync(bureau, new DisputeFilter(Decided: true, DepartmentId: fixture.DepartmentIds["WJ"]));
        var coordinating = await fixture.Get<ListDisputes>().ExecuteAsync(bureau, new DisputeFilter(DepartmentId: fixture.DepartmentIds["WJ"], State: DisputeWorkflowV1.Coordinating));

        var row = Assert.Single(byWj.Rows, r => r.Id == filed.Id);
        Assert.Equal(5, row.RemainingWorkingDays);
        Assert.DoesNotContain(byJt.Rows, r => r.Id == filed.Id);
        Assert.DoesNotContain(decided.Rows, r => r.Id == filed.Id);
        Assert.DoesNotContain(coordinating.Rows, r => r.Id == filed.Id);
    }

    [Fact]
    public async Task Statement_FromADepartmentThatIsNoParty_OrARoleThatDoesNotSpeakForIt_IsRefused()
    {
        var (filed, _, _) = await fixture.FiledAsync("scjg");
        await fixture.FireAsync(filed.InstanceId!.Value, DisputeWorkflowV1.Accept, "bureau@govdata.local");

        var outsider = await fixture.Get<SubmitDisputeStatement>().ExecuteAsync(
            await fixture.UserAsync("requester.jt@govdata.local"), new SubmitDisputeStatementCommand(filed.Id!.Value, "x", []));
        var catalogManager = await fixture.Get<SubmitDisputeStatement>().ExecuteAsync(
            await fixture.UserAsync("catalog.scjg@govdata.local"), new SubmitDisputeStatementCommand(filed.Id!.Value, "x", []));
        var meeting = await fixture.Get<RecordDisputeMeeting>().ExecuteAsync(
            await fixture.UserAsync("lead.scjg@govdata.local"), new RecordDisputeMeetingCommand(filed.Id!.Value, new DateOnly(2025, 11, 3), "a", "b"));

        Assert.Equal(GovData.Domain.Disputes.DisputeErrors.NotFound, outsider.ErrorKey);
        Assert.Equal(GovData.Domain.Disputes.DisputeErrors.NotAParty, catalogManager.ErrorKey);
        Assert.Equal(GovData.Domain.Disputes.DisputeErrors.WrongBureau, meeting.ErrorKey);
    }
}

public sealed class DisputeScopingTests(DisputeFixture fixture) : DisputeScopingTestsCases(fixture), IClassFixture<DisputeFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class DisputeScopingTestsOnPostgreSql(PostgreSqlDisputeFixture fixture) : DisputeScopingTestsCases(fixture), IClassFixture<PostgreSqlDisputeFixture>;
