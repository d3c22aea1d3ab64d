using GovData.Domain.Resources;
using GovData.Workflows.Runtime;
using GovData.Workflows.Runtime.Queries;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Sharing;

/// <summary>The instance page tells the approver what is asked: title, resource, purpose, items, period; then the outcome.</summary>
public abstract class ShareRequestSummaryTestsCases(SharingFixture fixture)
{
    [Fact]
    public async Task SubmittedRequest_HasTitle_AndTheFactsTheApproverDecidesOn()
    {
        var (code, name) = await ConditionalResourceOfGaAsync(skip: 0);
        var submitted = await fixture.SubmitAsync(code);
        Assert.True(submitted.Succeeded, submitted.ErrorKey);
        var approver = await fixture.UserAsync("approver.ga@govdata.local");

        var view = await fixture.Get<GetWorkflowInstance>().ExecuteAsync(await InstanceIdAsync(submitted.Id!.Value), approver);

        Assert.NotNull(view);
        Assert.Equal(name + " · 核验参保人员身份", view.DisplayTitle);
        var facts = view.Subject!.ToDictionary(f => f.LabelKey[ShareRequestSummary.Prefix.Length..]);
        Assert.Equal(["Resource", "Requester", "Purpose", "DutyBasis", "WantedItems", "Period", "Disputes"], facts.Keys);
        Assert.Equal($"{name}（{code}）", facts["Resource"].Values[0]);
        Assert.Equal("核验参保人员身份", facts["Purpose"].Values[0]);
        Assert.Equal(3, facts["WantedItems"].Values.Count);
        Assert.Equal([new DateOnly(2025, 10, 9), new DateOnly(2026, 10, 8)], facts["Period"].Values.Cast<DateOnly>());
    }

    [Fact]
    public async Task ApprovedRequest_AddsTheGrantedItemsAndValidity()
    {
        var (code, _) = await ConditionalResourceOfGaAsync(skip: 1);
        var submitted = await fixture.SubmitAsync(code);
        var instanceId = await InstanceIdAsync(submitted.Id!.Value);
        var approver = await fixture.UserAsync("approver.ga@govdata.local");
        var (_, items) = await fixture.ResourceAsync(code);
        var fired = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(instanceId, ShareRequestWorkflowV1.Approve,
                new Dictionary<string, string> { ["grantedItems"] = $"{items[0]}\n{items[1]}", ["validUntil"] = "2026-03-31" }, null, null),
            approver);
        Assert.True(fired.Succeeded, fired.MessageKey);

        var view = await fixture.Get<GetWorkflowInstance>().ExecuteAsync(instanceId, await fixture.UserAsync("requester.rs@govdata.local"));

        var facts = view!.Subject!.ToDictionary(f => f.LabelKey[ShareRequestSummary.Prefix.Length..]);
        Assert.Equal(2, facts["GrantedItems"].Values.Count);
        Assert.Equal(new DateOnly(2026, 3, 31), facts["ValidUntil"].Values[0]);
        await using var db = fixture.Database.CreateDbContext();
        var names = await db.DataItems.Where(i => i.Id == items[0] || i.Id == items[1]).OrderBy(i => i.Id).Select(i => i.Name).ToListAsync();
        Assert.Equal(string.Join("、", names), view.Journal[0].Arguments["grantedItems"]);
    }

    private async Task<(string Code, string Name)> ConditionalResourceOfGaAsync(int skip)
    {
        await using var db = fixture.Database.CreateDbContext();
        var ga = fixture.DepartmentIds["GA"];
        var resource = await db.DataResources
            .Where(r => r.ProviderDepartmentId == ga && r.ShareType == ShareType.Conditional && r.Status == CatalogStatus.Published)
            .OrderByDescending(r => r.Id)
            .Skip(skip)
            .Select(r => new { r.Code, r.Name })
            .FirstAsync();
        return (resource.Code.Value, resource.Name);
    }

    private async Task<long> InstanceIdAsync(int requestId)
    {
        await using var db = fixture.Database.CreateDbContext();
        return await db.ShareRequests.Where(r => r.Id == requestId).Select(r => r.WorkflowInstanceId!.Value).SingleAsync();
    }
}

public sealed class ShareRequestSummaryTests(SharingFixture fixture) : ShareRequestSummaryTestsCases(fixture), IClassFixture<SharingFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class ShareRequestSummaryTestsOnPostgreSql(PostgreSqlSharingFixture fixture) : ShareRequestSummaryTestsCases(fixture), IClassFixture<PostgreSqlSharingFixture>;
