using System.Globalization;
using GovData.Domain.Sharing;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Sharing;

/// <summary>The choices a decision dialog offers (GetArgumentOptions), and rule errors of the subject handler
/// returned as results by FireTrigger.</summary>
public abstract class ArgumentOptionsTestsCases(SharingFixture fixture)
{
    private static readonly DateOnly Today = new(2025, 9, 30);

    [Fact]
    public async Task Approve_OffersTheWantedItemsAllPreselected_AndValidUntilTheEndOfThePeriodAskedFor()
    {
        var submitted = await fixture.SubmitAsync("1.01.001/GA-0001");
        var (_, items) = await fixture.ResourceAsync("1.01.001/GA-0001");
        var approver = await fixture.UserAsync("approver.ga@govdata.local");

        var offers = await fixture.Get<GetArgumentOptions>().ExecuteAsync(submitted.InstanceId!.Value, ShareRequestWorkflowV1.Approve, approver);

        var granted = offers.For("grantedItems")!;
        Assert.Equal(items.Take(3).Select(i => i.ToString(CultureInfo.InvariantCulture)), granted.Options.Select(o => o.Value));
        Assert.All(granted.Options, o => Assert.True(o.Preselected));
        Assert.All(granted.Options, o => Assert.False(string.IsNullOrWhiteSpace(o.Label)));
        var validUntil = offers.For("validUntil")!;
        // The fixture asks for 2025-10-09 to 2026-10-08: that end is the default, the whole period its detail.
        var until = Assert.Single(validUntil.Options);
        Assert.Equal("2026-10-08", until.Value);
        Assert.Equal("2025-10-09/2026-10-08", until.Detail);
        Assert.Equal(Today.AddDays(1), validUntil.EarliestDate);
        Assert.False(offers.CommentRequired);
        Assert.Equal(Today, offers.Today);
    }

    [Fact]
    public async Task Refuse_OffersTheLegalBasisRegister_AndRequiresTheComment()
    {
        var submitted = await fixture.SubmitAsync("1.01.001/GA-0001");
        var approver = await fixture.UserAsync("approver.ga@govdata.local");
        var register = await fixture.Get<ListLegalBases>().ExecuteAsync();

        var offers = await fixture.Get<GetArgumentOptions>().ExecuteAsync(submitted.InstanceId!.Value, ShareRequestWorkflowV1.Refuse, approver);

        var bases = offers.For("legalBasis")!.Options;
        Assert.Equal(register.Count, bases.Count);
        Assert.Contains(bases, o => o.Label == register[0].Citation && o.Detail == register[0].Text);
        // GA-0001 declares 《中华人民共和国居民身份证法》第六条、第十九条: those two come first, marks and all.
        Assert.Equal(["《中华人民共和国居民身份证法》第六条", "《中华人民共和国居民身份证法》第十九条"], bases.Take(2).Select(o => o.Label));
        Assert.True(offers.CommentRequired);
    }

    [Fact]
    public async Task Reassign_ByTheBureau_OffersDepartments_AndSetDeadlineStartsToday()
    {
        var submitted = await fixture.SubmitAsync("1.01.001/GA-0001");
        var bureau = await fixture.UserAsync("bureau@govdata.local");

        var reassign = await fixture.Get<GetArgumentOptions>().ExecuteAsync(submitted.InstanceId!.Value, WorkflowBuilder.Reassign, bureau);
        var deadline = await fixture.Get<GetArgumentOptions>().ExecuteAsync(submitted.InstanceId!.Value, WorkflowBuilder.SetDeadline, bureau);

        var departments = reassign.For("departmentId")!.Options;
        Assert.Contains(departments, o => o.Value == fixture.DepartmentIds["WJ"].ToString(CultureInfo.InvariantCulture));
        Assert.Equal(fixture.DepartmentIds.Count, departments.Count);
        Assert.Equal(Today, deadline.For("dueOn")!.EarliestDate);
    }

    [Fact]
    public async Task Options_ForSomeoneWhoMayNotFireTheTrigger_AreEmpty()
    {
        var submitted = await fixture.SubmitAsync("1.01.001/GA-0001");
        var requester = await fixture.UserAsync("requester.rs@govdata.local");
        var otherApprover = await fixture.UserAsync("approver.wj@govdata.local");
        var options = fixture.Get<GetArgumentOptions>();

        var asRequester = await options.ExecuteAsync(submitted.InstanceId!.Value, ShareRequestWorkflowV1.Approve, requester);
        var asOutsider = await options.ExecuteAsync(submitted.InstanceId!.Value, ShareRequestWorkflowV1.Refuse, otherApprover);

        Assert.Empty(asRequester.Arguments);
        Assert.Empty(asOutsider.Arguments);
    }

    [Fact]
    public async Task FireTrigger_ItemOfAnotherResource_ReturnsTheRuleAndWritesNothing()
    {
        var submitted = await fixture.SubmitAsync("1.01.001/GA-0001");
        var (_, other) = await fixture.ResourceAsync("2.02.001/RS-0001");
        var approver = await fixture.UserAsync("approver.ga@govdata.local");

        var result = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(submitted.InstanceId!.Value, ShareRequestWorkflowV1.Approve, new Dictionary<string, string>
            {
                ["grantedItems"] = other[0].ToString(CultureInfo.InvariantCulture),
                ["validUntil"] = "2025-12-29",
            }),
            approver);

        Assert.False(result.Succeeded);
        Assert.Equal(WorkflowOutcome.RuleBroken, result.Outcome);
        Assert.Equal(SharingErrors.ItemNotOfResource, result.MessageKey);
        Assert.Equal([other[0], "1.01.001/GA-0001"], result.Arguments);
        await using var db = fixture.Database.CreateDbContext();
        var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == submitted.InstanceId);
        Assert.Equal(ShareRequestWorkflowV1.Submitted, instance.State);
        Assert.Equal(1, instance.Revision);
        Assert.Equal(1, await db.WorkflowJournal.CountAsync(e => e.InstanceId == submitted.InstanceId));
        Assert.False(await db.ShareGrants.AnyAsync(g => g.ShareRequestId == submitted.Id));
        Assert.False(await db.Notifications.AnyAsync(n => n.Link == "/workflows/" + submitted.InstanceId && n.MessageKey.EndsWith(".Approved")));
    }
}

public sealed class ArgumentOptionsTests(SharingFixture fixture) : ArgumentOptionsTestsCases(fixture), IClassFixture<SharingFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class ArgumentOptionsTestsOnPostgreSql(PostgreSqlSharingFixture fixture) : ArgumentOptionsTestsCases(fixture), IClassFixture<PostgreSqlSharingFixture>;
