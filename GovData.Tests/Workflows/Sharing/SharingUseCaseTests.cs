using GovData.Domain.Resources;
using GovData.Domain;
using GovData.Domain.Sharing;
using GovData.Domain.Identity;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Sharing;

public abstract class SharingUseCaseTestsCases(SharingFixture fixture)
{
    [Fact]
    public async Task RequestUnconditionalShare_IssuesGrantAtOnceWithAllItems()
    {
        var (resourceId, items) = await fixture.ResourceAsync("3.04.001/JT-0001");
        var requester = await fixture.UserAsync("requester.rs@govdata.local");

        var result = await fixture.Get<RequestUnconditionalShare>().ExecuteAsync(
            requester, new RequestUnconditionalShareCommand(resourceId, "就业服务出行指引", "就业公共服务职责"));

        Assert.True(result.Succeeded, result.ErrorKey);
        await using var db = fixture.Database.CreateDbContext();
        var grant = await db.ShareGrants.SingleAsync(g => g.Id == result.Id);
        Assert.Equal(ShareGrantOrigin.Unconditional, grant.Origin);
        Assert.Equal(requester.DepartmentId, grant.GranteeDepartmentId);
        Assert.Equal(items, grant.Granted());
        Assert.Equal(new DateOnly(2025, 9, 30), grant.ValidFrom);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType.Contains("ShareGrant")));
        var active = await fixture.Get<ListDepartmentGrants>().ExecuteAsync(requester, active: true);
        Assert.Contains(active, g => g.Id == grant.Id && g.Items.Count == items.Count);
    }

    [Fact]
    public async Task SubmitShareRequest_Conditional_StartsWorkflowInProviderApproverInbox_Due5WorkingDaysLater()
    {
        var result = await fixture.SubmitAsync("1.01.001/GA-0001");

        Assert.True(result.Succeeded, result.ErrorKey);
        await using var db = fixture.Database.CreateDbContext();
        var request = await db.ShareRequests.SingleAsync(r => r.Id == result.Id);
        var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == request.WorkflowInstanceId);
        Assert.Equal(fixture.DepartmentIds["GA"], instance.AssigneeDepartmentId);
        Assert.Equal(Roles.Approver, instance.AssigneeRole);
        Assert.Equal(ShareRequestWorkflowV1.Submitted, instance.State);
        Assert.Equal(SubmitShareRequest.SubjectType, instance.SubjectType);
        Assert.Equal(request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), instance.SubjectId);

        // 30 Sep 2025 + 5 working days skips the National Day holiday and counts the 11 Oct make-up day.
        Assert.Equal(new DateOnly(2025, 10, 14), instance.DueOn);
        Assert.Equal(instance.DueOn, result.DueOn);
    }

    [Fact]
    public async Task SubmitShareRequest_NotShared_IsRefusedWithKeyAndWritesNothing()
    {
        await using var db = fixture.Database.CreateDbContext();
        var before = await db.ShareRequests.CountAsync();

        var result = await fixture.SubmitAsync("2.01.001/WJ-0001");

        Assert.False(result.Succeeded);
        Assert.Equal(SharingErrors.NotShared, result.ErrorKey);
        Assert.Equal(before, await db.ShareRequests.CountAsync());
    }

    [Fact]
    public async Task SubmitShareRequest_ItemOfAnotherResource_IsRefused()
    {
        var (resourceId, _) = await fixture.ResourceAsync("1.01.001/GA-0001");
        var (_, foreignItems) = await fixture.ResourceAsync("2.02.001/RS-0001");
        var requester = await fixture.UserAsync("requester.jt@govdata.local");

        var result = await fixture.Get<SubmitShareRequest>().ExecuteAsync(
            requester, new SubmitShareRequestCommand(resourceId, "p", "d", [foreignItems[0]], new DateOnly(2025, 10, 9), new DateOnly(2026, 1, 1)));

        Assert.Equal(SharingErrors.ItemNotOfResource, result.ErrorKey);
    }

    [Fact]
    public async Task Approve_IssuesGrantWithExactlyTheChosenItemsAndValidUntil()
    {
        var submitted = await fixture.SubmitAsync("2.02.001/RS-0001", "ga");
        var (_, items) = await fixture.ResourceAsync("2.02.001/RS-0001");
        var approver = await fixture.UserAsync("approver.rs@govdata.local");

        var fired = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(submitted.InstanceId!.Value, ShareRequestWorkflowV1.Approve, new Dictionary<string, string>
            {
                ["grantedItems"] = $"{items[2]}\n{items[0]}",
                ["validUntil"] = "2025-12-29",
            }),
            approver);

        Assert.True(fired.Succeeded, fired.MessageKey);
        await using var db = fixture.Database.CreateDbContext();
        var grant = await db.ShareGrants.SingleAsync(g => g.ShareRequestId == submitted.Id);
        Assert.Equal([items[0], items[2]], grant.Granted());
        Assert.Equal(new DateOnly(2025, 12, 29), grant.ValidUntil);
        Assert.Equal(fixture.DepartmentIds["GA"], grant.GranteeDepartmentId);
        Assert.Equal(ShareGrantOrigin.ShareRequest, grant.Origin);
        var issued = await fixture.Get<ListIssuedGrants>().ExecuteAsync(approver, active: true);
        Assert.Contains(issued, g => g.Id == grant.Id);
    }

    [Fact]
    public async Task Approve_ValidUntilNotAfterToday_RollsBackEverything()
    {
        var submitted = await fixture.SubmitAsync("2.02.002/RS-0002", "ga");
        var (_, items) = await fixture.ResourceAsync("2.02.002/RS-0002");
        var approver = await fixture.UserAsync("approver.rs@govdata.local");

        var error = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(submitted.InstanceId!.Value, ShareRequestWorkflowV1.Approve, new Dictionary<string, string>
            {
                ["grantedItems"] = items[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["validUntil"] = "2025-09-30",
            }),
            approver);

        Assert.Equal(WorkflowOutcome.RuleBroken, error.Outcome);
        Assert.Equal(SharingErrors.ValidUntilNotAfterToday, error.MessageKey);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal(ShareRequestWorkflowV1.Submitted, (await db.WorkflowInstances.SingleAsync(i => i.Id == submitted.InstanceId)).State);
        Assert.False(await db.ShareGrants.AnyAsync(g => g.ShareRequestId == submitted.Id));
    }

    [Fact]
    public async Task Refuse_WithoutBasis_IsRefusedAndNothingChanges()
    {
        var submitted = await fixture.SubmitAsync("1.04.001/GA-0002");
        var approver = await fixture.UserAsync("approver.ga@govdata.local");
        var fire = fixture.Get<FireTrigger>();

        var missing = await fire.ExecuteAsync(
            new FireTriggerRequest(submitted.InstanceId!.Value, ShareRequestWorkflowV1.Refuse, Comment: "不符合条件"), approver);
        var unknown = await fire.ExecuteAsync(
            new FireTriggerRequest(submitted.InstanceId!.Value, ShareRequestWorkflowV1.Refuse, new Dictionary<string, string> { ["legalBasis"] = "9999" }, "不符合条件"),
            approver);

        Assert.Equal(WorkflowResult.ArgumentRequiredKey, missing.MessageKey);
        Assert.Equal(SharingErrors.LegalBasisUnknown, unknown.MessageKey);
        Assert.Equal([9999], unknown.Arguments);
        await using var db = fixture.Database.CreateDbContext();
        var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == submitted.InstanceId);
        Assert.Equal(ShareRequestWorkflowV1.Submitted, instance.State);
        Assert.Equal(1, instance.Revision);
        Assert.Null((await db.ShareRequests.SingleAsync(r => r.Id == submitted.Id)).RefusalLegalBasisId);
    }

    [Fact]
    public async Task Refuse_WithBasisAndReason_RecordsThemOnTheRequest()
    {
        var submitted = await fixture.SubmitAsync("3.01.001/GA-0003");
        var approver = await fixture.UserAsync("approver.ga@govdata.local");
        var basis = (await fixture.Get<ListLegalBases>().ExecuteAsync()).First(b => b.Article == "第三十四条");

        var fired = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(submitted.InstanceId!.Value, ShareRequestWorkflowV1.Refuse,
                new Dictionary<string, string> { ["legalBasis"] = basis.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "超出履职所必需的范围"),
            approver);

        Assert.True(fired.Succeeded, fired.MessageKey);
        await using var db = fixture.Database.CreateDbContext();
        var request = await db.ShareRequests.SingleAsync(r => r.Id == submitted.Id);
        Assert.Equal(basis.Id, request.RefusalLegalBasisId);
        Assert.Equal("超出履职所必需的范围", request.RefusalReason);
        Assert.False(await db.ShareGrants.AnyAsync(g => g.ShareRequestId == submitted.Id));
    }

    [Fact]
    public async Task OtherDepartment_CannotSeeMyRequestsOrGrants()
    {
        var submitted = await fixture.SubmitAsync("1.03.001/ZRZY-0001", "scjg");
        var mine = await fixture.UserAsync("requester.scjg@govdata.local");
        var other = await fixture.UserAsync("requester.jt@govdata.local");
        var otherApprover = await fixture.UserAsync("approver.jt@govdata.local");

        Assert.Contains(await fixture.Get<ListMyRequests>().ExecuteAsync(mine), r => r.Id == submitted.Id);
        Assert.DoesNotContain(await fixture.Get<ListMyRequests>().ExecuteAsync(other), r => r.Id == submitted.Id);
        Assert.All(await fixture.Get<ListIssuedGrants>().ExecuteAsync(otherApprover, active: true), g => Assert.Contains("/JT-", g.ResourceCode, StringComparison.Ordinal));
        Assert.Empty(await fixture.Get<ListDepartmentGrants>().ExecuteAsync(other, active: true));
        var fired = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(submitted.InstanceId!.Value, ShareRequestWorkflowV1.Approve), otherApprover);
        Assert.Equal(WorkflowOutcome.NotFound, fired.Outcome);
    }

    [Fact]
    public async Task BrowseSharingCatalog_ShowsPublishedWithItemsAndBasisOnlyWhenRestricted()
    {
        var user = await fixture.UserAsync("requester.rs@govdata.local");

        var page = await fixture.Get<BrowseSharingCatalog>().ExecuteAsync(user, new SharingCatalogFilter(PageSize: 100));

        Assert.Equal(19, page.TotalCount);
        Assert.DoesNotContain(page.Rows, r => r.Code == "3.02.001/SCJG-0004");
        Assert.All(page.Rows, r => Assert.InRange(r.ItemCount, 3, 6));
        Assert.NotNull(page.Rows.Single(r => r.Code == "2.01.001/WJ-0001").LegalBasis);
        Assert.Null(page.Rows.Single(r => r.Code == "3.01.002/GA-0004").LegalBasis);
        var applicant = await fixture.UserAsync("applicant@govdata.local");
        Assert.Equal(0, (await fixture.Get<BrowseSharingCatalog>().ExecuteAsync(applicant, new SharingCatalogFilter())).TotalCount);
    }
}

/// <summary>The cases above on SQLite.</summary>
public sealed class SharingUseCaseTests(SharingFixture fixture) : SharingUseCaseTestsCases(fixture), IClassFixture<SharingFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class SharingUseCaseTestsOnPostgreSql(PostgreSqlSharingFixture fixture) : SharingUseCaseTestsCases(fixture), IClassFixture<PostgreSqlSharingFixture>;
