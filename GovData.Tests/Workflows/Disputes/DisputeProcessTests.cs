using GovData.Domain.Disputes;
using GovData.Domain.Identity;
using GovData.Domain.Sharing;
using GovData.Workflows.Disputes;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Disputes;

/// <summary>A dispute from filing to compliance through the real runtime: deadlines, statements, meetings, the
/// decision, the ordered grant; the bureau's rules (reasons, the responsible bureau, one extension).</summary>
public abstract class DisputeProcessTestsCases(DisputeFixture fixture)
{
    [Fact]
    public async Task File_Refusal_WaitsForTheMunicipalBureau_Due5WorkingDays_AndTellsBothParties()
    {
        var (filed, requestId, _) = await fixture.FiledAsync();

        await using var db = fixture.Database.CreateDbContext();
        var dispute = await db.Disputes.SingleAsync(d => d.Id == filed.Id);
        var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == dispute.WorkflowInstanceId);
        Assert.Equal((DisputeWorkflowV1.Filed, Roles.BureauOfficer), (instance.State, instance.AssigneeRole));
        Assert.Equal(fixture.DepartmentIds["SJJ"], instance.AssigneeDepartmentId);
        // Monday 3 Nov + 5 working days (the day of receipt not counted) = Monday 10 Nov.
        Assert.Equal(new DateOnly(2025, 11, 10), instance.DueOn);
        Assert.Equal((requestId, DisputeSide.Requester), (dispute.ShareRequestId, dispute.FiledBySide));
        var attachment = await db.DisputeAttachments.SingleAsync(a => a.DisputeId == dispute.Id);
        Assert.Equal(("application/pdf", "依据.pdf", 64), (attachment.ContentType, attachment.FileName, attachment.Sha256.Length));

        var gaLead = (await fixture.UserAsync("lead.ga@govdata.local")).UserId;
        var rsLead = (await fixture.UserAsync("lead.rs@govdata.local")).UserId;
        var bureau = (await fixture.Bureau()).UserId;
        var disputeLink = DisputeNotifier.Link(dispute.Id);
        var instanceLink = "/workflows/" + instance.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var told = await db.Notifications.Where(n => n.Link == disputeLink || n.Link == instanceLink)
            .Select(n => n.RecipientUserId).ToListAsync();
        Assert.Contains(gaLead, told);
        Assert.Contains(rsLead, told);
        Assert.Contains(bureau, told);
    }

    [Fact]
    public async Task RequesterDisputesRefusal_BothStatements_Meeting_OrderTwoItems_GrantIssued_ClosesAsComplied()
    {
        var (filed, requestId, items) = await fixture.FiledAsync();
        var instanceId = filed.InstanceId!.Value;

        Assert.True((await fixture.FireAsync(instanceId, DisputeWorkflowV1.Accept, "bureau@govdata.local")).Succeeded);
        var requesterStatement = await fixture.Get<SubmitDisputeStatement>().ExecuteAsync(
            await fixture.UserAsync("requester.rs@govdata.local"),
            new SubmitDisputeStatementCommand(filed.Id!.Value, "仅需姓名与身份证号两项用于核验。", [DisputeFixture.Docx("说明.docx")]));
        var providerStatement = await fixture.Get<SubmitDisputeStatement>().ExecuteAsync(
            await fixture.UserAsync("approver.ga@govdata.local"), new SubmitDisputeStatementCommand(filed.Id!.Value, "住址属敏感信息。", []));
        var meeting = await fixture.Get<RecordDisputeMeeting>().ExecuteAsync(
            await fixture.Bureau(), new RecordDisputeMeetingCommand(filed.Id!.Value, new DateOnly(2025, 11, 3), "王主任、赵审核人、孙经办人", "双方同意共享前两项。"));
        Assert.True(requesterStatement.Succeeded, requesterStatement.ErrorKey);
        Assert.True(providerStatement.Succeeded, providerStatement.ErrorKey);
        Assert.True(meeting.Succeeded, meeting.ErrorKey);

        var ordered = await fixture.FireAsync(
            instanceId, DisputeWorkflowV1.OrderSharing, "bureau@govdata.local", "属履职所需，依第二十一条协调。",
            DisputeArguments.OrderedItems.Of([items[0].ToString(System.Globalization.CultureInfo.InvariantCulture), items[1].ToString(System.Globalization.CultureInfo.InvariantCulture)]),
            DisputeArguments.Purpose.Of("核验参保人员身份"));
        Assert.True(ordered.Succeeded, ordered.MessageKey);
        await using (var db = fixture.Database.CreateDbContext())
        {
            var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == instanceId);
            Assert.Equal((DisputeWorkflowV1.GrantOrdered, Roles.Approver, fixture.DepartmentIds["GA"]), (instance.State, instance.AssigneeRole, instance.AssigneeDepartmentId!.Value));
            Assert.Equal(new DateOnly(2025, 11, 10), instance.DueOn);
            var inbox = await fixture.Get<GovData.Workflows.Inbox.GetInbox>().ExecuteAsync(await fixture.UserAsync("approver.ga@govdata.local"), new());
            Assert.Contains(inbox.Rows, r => r.InstanceId == instanceId);
        }

        var issued = await fixture.FireAsync(
            instanceId, DisputeWorkflowV1.IssueGrant, "approver.ga@govdata.local", null, DisputeArguments.ValidUntil.Of(new DateOnly(2026, 11, 2)));

        Assert.True(issued.Succeeded, issued.MessageKey);
        await using var check = fixture.Database.CreateDbContext();
        var dispute = await check.Disputes.SingleAsync(d => d.Id == filed.Id);
        var grant = await check.ShareGrants.SingleAsync(g => g.Id == dispute.GrantId);
        Assert.Equal(DisputeWorkflowV1.Complied, (await check.WorkflowInstances.SingleAsync(i => i.Id == instanceId)).State);
        Assert.Equal((ShareGrantOrigin.DisputeDecision, fixture.DepartmentIds["RS"]), (grant.Origin, grant.GranteeDepartmentId));
        Assert.Equal(new[] { items[0], items[1] }, grant.Granted());
        Assert.Equal(DisputeOutcome.SharingOrdered, dispute.Outcome);
        Assert.NotNull(dispute.CompliedAtUtc);
        var steps = await check.WorkflowJournal.Where(e => e.InstanceId == instanceId).OrderBy(e => e.Sequence).Select(e => e.Trigger).ToListAsync();
        Assert.Equal(
            new[] { "Start", DisputeWorkflowV1.Accept, DisputeJournal.Statement, DisputeJournal.Statement, DisputeJournal.Meeting, DisputeWorkflowV1.OrderSharing, DisputeWorkflowV1.IssueGrant },
            steps);
        Assert.Equal(2, await check.DisputeStatements.CountAsync(s => s.DisputeId == dispute.Id && s.SubmittedAtUtc != null));
        var decision = await check.IssuedDocuments.SingleAsync(d => d.Kind == DisputeDecisionDocument.Kind && d.SubjectId == dispute.Id);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(decision.Content, 0, 4));
        var file = await fixture.Get<GetDisputeDecisionDocument>().ExecuteAsync(await fixture.UserAsync("requester.rs@govdata.local"), dispute.Id);
        Assert.Equal(decision.Number, file!.Number);
        Assert.Null(await fixture.Get<GetDisputeDecisionDocument>().ExecuteAsync(await fixture.UserAsync("requester.jt@govdata.local"), dispute.Id));
    }

    [Fact]
    public async Task Accept_AsksBothPartiesForStatements_Due3WorkingDays_AndASecondStatementIsRefused()
    {
        var (filed, _, _) = await fixture.FiledAsync();
        await fixture.FireAsync(filed.InstanceId!.Value, DisputeWorkflowV1.Accept, "bureau@govdata.local");
        var first = await fixture.Get<SubmitDisputeStatement>().ExecuteAsync(
            await fixture.UserAsync("requester.rs@govdata.local"), new SubmitDisputeStatementCommand(filed.Id!.Value, "第一次说明", []));

        var second = await fixture.Get<SubmitDisputeStatement>().ExecuteAsync(
            await fixture.UserAsync("lead.rs@govdata.local"), new SubmitDisputeStatementCommand(filed.Id!.Value, "第二次说明", []));

        Assert.True(first.Succeeded, first.ErrorKey);
        Assert.Equal(DisputeErrors.StatementGiven, second.ErrorKey);
        await using var db = fixture.Database.CreateDbContext();
        var statements = await db.DisputeStatements.Where(s => s.DisputeId == filed.Id).OrderBy(s => s.Side).ToListAsync();
        Assert.Equal(new[] { DisputeSide.Requester, DisputeSide.Provider }, statements.Select(s => s.Side));
        Assert.All(statements, s => Assert.Equal(new DateOnly(2025, 11, 6), s.DueOn));
        Assert.Equal("第一次说明", statements[0].Text);
    }

    [Fact]
    public async Task Decline_WithoutReason_IsRefused_WithReasonClosesTheDispute()
    {
        var (filed, _, _) = await fixture.FiledAsync();
        var id = filed.InstanceId!.Value;

        var bare = await fixture.FireAsync(id, DisputeWorkflowV1.Decline, "bureau@govdata.local");
        var reasoned = await fixture.FireAsync(id, DisputeWorkflowV1.Decline, "bureau@govdata.local", "不属于共享事项争议。");

        Assert.Equal((WorkflowOutcome.RuleBroken, DisputeErrors.ReasonRequired), (bare.Outcome, bare.MessageKey));
        Assert.True(reasoned.Succeeded, reasoned.MessageKey);
        Assert.Equal(DisputeWorkflowV1.Declined, reasoned.State);
    }

    [Fact]
    public async Task Accept_ByADistrictBureau_IsRefused_TheMunicipalBureauIsResponsible()
    {
        var (filed, _, _) = await fixture.FiledAsync();

        var district = await fixture.FireAsync(filed.InstanceId!.Value, DisputeWorkflowV1.Accept, "bureau.gxq@govdata.local");

        Assert.False(district.Succeeded);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal(DisputeWorkflowV1.Filed, (await db.WorkflowInstances.SingleAsync(i => i.Id == filed.InstanceId)).State);
    }

    [Fact]
    public async Task Extend_MovesTheDecisionDeadlineOnce_ByFiveWorkingDays_Journalled()
    {
        var (filed, _, _) = await fixture.FiledAsync();
        await fixture.FireAsync(filed.InstanceId!.Value, DisputeWorkflowV1.Accept, "bureau@govdata.local");

        var extended = await fixture.Get<ExtendDisputeDecision>().ExecuteAsync(await fixture.Bureau(), new ExtendDisputeDecisionCommand(filed.Id!.Value, "需补充调查"));
        var again = await fixture.Get<ExtendDisputeDecision>().ExecuteAsync(await fixture.Bureau(), new ExtendDisputeDecisionCommand(filed.Id!.Value, "再延长"));

        Assert.True(extended.Succeeded, extended.ErrorKey);
        Assert.Equal(DisputeErrors.AlreadyExtended, again.ErrorKey);
        await using var db = fixture.Database.CreateDbContext();
        var entry = await db.WorkflowJournal.SingleAsync(e => e.InstanceId == filed.InstanceId && e.Trigger == DisputeJournal.ExtendDecision);
        // Accepted Monday 3 Nov: due 17 Nov (10 working days); extended by 5 to 24 Nov.
        Assert.Equal((new DateOnly(2025, 11, 17), new DateOnly(2025, 11, 24)), (entry.DueBefore!.Value, entry.DueAfter!.Value));
        Assert.Equal("需补充调查", entry.Comment);
    }

    [Fact]
    public async Task OrderPartly_WithEveryWantedItem_IsRefused()
    {
        var (filed, _, items) = await fixture.FiledAsync();
        await fixture.FireAsync(filed.InstanceId!.Value, DisputeWorkflowV1.Accept, "bureau@govdata.local");

        var result = await fixture.FireAsync(
            filed.InstanceId!.Value, DisputeWorkflowV1.OrderPartly, "bureau@govdata.local", "部分",
            DisputeArguments.OrderedItems.Of(items.Take(3).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            DisputeArguments.Purpose.Of("核验"));

        Assert.Equal(DisputeErrors.PartlyNeedsFewerItems, result.MessageKey);
    }

    [Fact]
    public async Task OrderDialog_OffersTheDisputedRequestsItemsOnly_AllTicked()
    {
        var (filed, _, items) = await fixture.FiledAsync();
        await fixture.FireAsync(filed.InstanceId!.Value, DisputeWorkflowV1.Accept, "bureau@govdata.local");

        var offers = await fixture.Get<GetArgumentOptions>().ExecuteAsync(
            filed.InstanceId!.Value, DisputeWorkflowV1.OrderSharing, await fixture.UserAsync("bureau@govdata.local"));

        var ordered = offers.For(DisputeArguments.OrderedItems.Name)!.Options;
        Assert.True(items.Count > 3, "the resource must have items the request did not ask for");
        Assert.Equal(items.Take(3).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), ordered.Select(o => o.Value));
        Assert.All(ordered, o => Assert.True(o.Preselected));
    }

    [Fact]
    public async Task Order_AnItemTheRequestDidNotAskFor_IsRefused()
    {
        var (filed, _, items) = await fixture.FiledAsync();
        await fixture.FireAsync(filed.InstanceId!.Value, DisputeWorkflowV1.Accept, "bureau@govdata.local");

        var result = await fixture.FireAsync(
            filed.InstanceId!.Value, DisputeWorkflowV1.OrderSharing, "bureau@govdata.local", "决定共享",
            DisputeArguments.OrderedItems.Of([items[0].ToString(System.Globalization.CultureInfo.InvariantCulture), items[3].ToString(System.Globalization.CultureInfo.InvariantCulture)]),
            DisputeArguments.Purpose.Of("核验"));

        Assert.Equal(DisputeErrors.ItemNotRequested, result.MessageKey);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Null((await db.Disputes.SingleAsync(d => d.Id == filed.Id)).Outcome);
        Assert.Equal(DisputeWorkflowV1.Coordinating, (await db.WorkflowInstances.SingleAsync(i => i.Id == filed.InstanceId)).State);
    }
}

public sealed class DisputeProcessTests(DisputeFixture fixture) : DisputeProcessTestsCases(fixture), IClassFixture<DisputeFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class DisputeProcessTestsOnPostgreSql(PostgreSqlDisputeFixture fixture) : DisputeProcessTestsCases(fixture), IClassFixture<PostgreSqlDisputeFixture>;
