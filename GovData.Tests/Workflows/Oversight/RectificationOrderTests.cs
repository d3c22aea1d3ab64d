using GovData.Domain.Identity;
using GovData.Domain.Oversight;
using GovData.Tests.Support;
using GovData.Workflows;
using GovData.Workflows.Calendar;
using GovData.Workflows.Oversight.Criticisms;
using GovData.Workflows.Oversight.Orders;
using GovData.Workflows.Oversight.Proposals;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Oversight;

/// <summary>
/// A rectification order end to end in the use cases over the demo city (Tuesday 10 March 2026): the bureau orders 公安局
/// (GA), GA's lead acknowledges and reports, the bureau sends back and accepts; an order left past its deadline gets a
/// drafted criticism, published and withdrawn; and every other user is kept out.
/// </summary>
public abstract class RectificationOrderTestsCases(TestProvider provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private TestDatabase _database = default!;
    private ServiceProvider _services = default!;
    private int _ga;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync(provider);
        _ga = (await _database.DepartmentIdsAsync())["GA"];
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<GovDataDbContext>>(_database);
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddGovDataWorkflows();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private T Get<T>()
        where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private Task<UserContext> UserAsync(string email) => _database.UserAsync(email);

    private async Task<(int Order, long Instance)> IssueAsync(int workingDays = 5, int? proposal = null)
    {
        var entry = await FirstEntryOfGaAsync();
        var result = await Get<IssueRectificationOrder>().ExecuteAsync(
            await UserAsync("bureau@govdata.local"),
            new IssueOrderCommand(_ga, RectificationViolation.DataNotMaintained, "机动车登记信息逾期未更新", [new EvidenceLink(EvidenceKind.CatalogEntry, entry)], workingDays, proposal));
        Assert.True(result.Succeeded, result.ErrorKey);
        return (result.Id!.Value, result.InstanceId!.Value);
    }

    private async Task<int> FirstEntryOfGaAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.DataResources.Where(r => r.ProviderDepartmentId == _ga).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
    }

    private async Task<WorkflowResult> FireAsync(string email, long instance, string trigger, string? comment = null, Dictionary<string, string>? arguments = null) =>
        await Get<FireTrigger>().ExecuteAsync(new FireTriggerRequest(instance, trigger, arguments, comment), await UserAsync(email));

    private async Task<(string State, DateOnly? Due, RectificationOrder Order)> StateAsync(int order, long instance)
    {
        await using var db = _database.CreateDbContext();
        var i = await db.WorkflowInstances.SingleAsync(x => x.Id == instance);
        return (i.State, i.DueOn, await db.RectificationOrders.SingleAsync(o => o.Id == order));
    }

    [Fact]
    public async Task Order_AcknowledgedReportedSentBackAccepted_TheDeadlineStaysThroughout()
    {
        var (order, instance) = await IssueAsync(workingDays: 5);
        var calendar = await Get<WorkingDayCalendarProvider>().GetAsync();
        var due = calendar.AddWorkingDays(new DateOnly(2026, 3, 10), 5);

        var issued = await StateAsync(order, instance);
        Assert.Equal((RectificationOrderWorkflowV1.Issued, (DateOnly?)due), (issued.State, issued.Due));
        Assert.Equal(due, issued.Order.DueOn);

        Assert.False((await FireAsync("lead.rs@govdata.local", instance, RectificationOrderWorkflowV1.Acknowledge)).Succeeded);
        Assert.True((await FireAsync("lead.ga@govdata.local", instance, RectificationOrderWorkflowV1.Acknowledge)).Succeeded);
        var noReport = await FireAsync("lead.ga@govdata.local", instance, RectificationOrderWorkflowV1.SubmitReport);
        Assert.False(noReport.Succeeded);
        Assert.True((await FireAsync("lead.ga@govdata.local", instance, RectificationOrderWorkflowV1.SubmitReport, "已完成数据更新")).Succeeded);
        var reported = await StateAsync(order, instance);
        Assert.Equal((RectificationOrderWorkflowV1.Reported, (DateOnly?)null), (reported.State, reported.Due));

        _time.Advance(TimeSpan.FromDays(2));
        Assert.True((await FireAsync("bureau@govdata.local", instance, RectificationOrderWorkflowV1.SendBack, "更新频率仍不符合目录")).Succeeded);
        var sentBack = await StateAsync(order, instance);
        Assert.Equal((RectificationOrderWorkflowV1.Acknowledged, (DateOnly?)due), (sentBack.State, sentBack.Due));
        Assert.Equal("更新频率仍不符合目录", sentBack.Order.BureauComment);

        Assert.True((await FireAsync("lead.ga@govdata.local", instance, RectificationOrderWorkflowV1.SubmitReport, "已按日更新")).Succeeded);
        Assert.False((await FireAsync("bureau.gxq@govdata.local", instance, RectificationOrderWorkflowV1.Accept)).Succeeded);
        Assert.True((await FireAsync("bureau@govdata.local", instance, RectificationOrderWorkflowV1.Accept)).Succeeded);
        var done = await StateAsync(order, instance);
        Assert.Equal(RectificationOrderWorkflowV1.Rectified, done.State);
        Assert.Equal(new DateOnly(2026, 3, 12), done.Order.RectifiedOn);
        Assert.Equal("已按日更新", done.Order.ReportText);
    }

    [Fact]
    public async Task Issue_ByAnyoneButASupervisingBureau_IsRefused_AndWritesNothing()
    {
        var entry = await FirstEntryOfGaAsync();
        var command = new IssueOrderCommand(_ga, RectificationViolation.DataNotMaintained, "事实", [new EvidenceLink(EvidenceKind.CatalogEntry, entry)], 5);
        var issue = Get<IssueRectificationOrder>();

        Assert.Equal(OversightErrors.NotAllowed, (await issue.ExecuteAsync(await UserAsync("lead.ga@govdata.local"), command)).ErrorKey);
        Assert.Equal(OversightErrors.NotAllowed, (await issue.ExecuteAsync(await UserAsync("bureau.gxq@govdata.local"), command)).ErrorKey);
        Assert.Equal(OversightErrors.NotAllowed, (await issue.ExecuteAsync(UserContext.Anonymous, command)).ErrorKey);
        var unknown = await issue.ExecuteAsync(await UserAsync("bureau@govdata.local"), command with { Evidence = [new EvidenceLink(EvidenceKind.ShareGrant, 99999)] });
        Assert.Equal(OversightErrors.EvidenceUnknown, unknown.ErrorKey);
        Assert.Equal(OversightErrors.FactsRequired, (await issue.ExecuteAsync(await UserAsync("bureau@govdata.local"), command with { Facts = " " })).ErrorKey);

        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.RectificationOrders.CountAsync());
        Assert.Equal(0, await db.WorkflowInstances.CountAsync(i => i.DefinitionName == RectificationOrderWorkflowV1.DefinitionName));
    }

    [Fact]
    public async Task FromAProposal_TheProposalIsIssued_AndCannotBeIssuedOrDismissedAgain()
    {
        int proposal;
        await using (var db = _database.WriteContext())
        {
            var open = new RectificationProposal(_ga, RectificationViolation.DataNotMaintained, new DateOnly(2026, 3, 9), Now.UtcDateTime);
            db.RectificationProposals.Add(open);
            await db.SaveChangesAsync();
            proposal = open.Id;
        }

        var (order, _) = await IssueAsync(proposal: proposal);

        await using var check = _database.CreateDbContext();
        var issued = await check.RectificationProposals.SingleAsync(p => p.Id == proposal);
        Assert.Equal((ProposalStatus.Issued, (int?)order), (issued.Status, issued.OrderId));
        var again = await Get<IssueRectificationOrder>().ExecuteAsync(
            await UserAsync("bureau@govdata.local"), new IssueOrderCommand(_ga, RectificationViolation.DataNotMaintained, "再次", [], 5, proposal));
        Assert.Equal(OversightErrors.ProposalNotOpen, again.ErrorKey);
        var dismissed = await Get<DismissProposal>().ExecuteAsync(await UserAsync("bureau@govdata.local"), proposal, "重复");
        Assert.Equal(OversightErrors.ProposalNotOpen, dismissed.ErrorKey);
        Assert.Equal(1, await check.RectificationOrders.CountAsync());
    }

    [Fact]
    public async Task TwoOrdersOverdueOnTheSameDay_BothDrafted_EachOfficerToldOfEach()
    {
        await IssueAsync(workingDays: 3);
        await IssueAsync(workingDays: 4);
        _time.Advance(TimeSpan.FromDays(14));

        Assert.Equal(2, await Get<DraftOverdueCriticisms>().RunAsync(CancellationToken.None));

        Assert.Equal(0, await Get<DraftOverdueCriticisms>().RunAsync(CancellationToken.None));
        await using var db = _database.CreateDbContext();
        var officer = (await UserAsync("bureau@govdata.local")).UserId;
        var told = await db.Notifications.Where(n => n.MessageKey == DraftOverdueCriticisms.MessageKey && n.RecipientUserId == officer).Select(n => n.Link).ToListAsync();
        Assert.Equal(2, told.Distinct().Count());
        // The demo officers have confirmed addresses: one mail per criticism each (one key per run collided before).
        var mailsPerOfficer = await db.OutboxEmails.Where(m => m.IdempotencyKey.StartsWith("oversight-criticism:"))
            .GroupBy(m => m.RecipientAddress).Select(g => g.Count()).ToListAsync();
        Assert.NotEmpty(mailsPerOfficer);
        Assert.All(mailsPerOfficer, count => Assert.Equal(2, count));
    }

    [Fact]
    public async Task PastItsDeadline_ACriticismIsDraftedOnce_PublishedForEveryone_WithdrawnOnlyWithAReason()
    {
        var (order, instance) = await IssueAsync(workingDays: 3);
        Assert.True((await FireAsync("lead.ga@govdata.local", instance, RectificationOrderWorkflowV1.Acknowledge)).Succeeded);
        var job = Get<DraftOverdueCriticisms>();
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));

        _time.Advance(TimeSpan.FromDays(14));
        Assert.Equal(1, await job.RunAsync(CancellationToken.None));
        Assert.Equal(0, await Get<DraftOverdueCriticisms>().RunAsync(CancellationToken.None));

        var bureau = await UserAsync("bureau@govdata.local");
        var list = Get<ListCriticisms>();
        var draft = Assert.Single((await list.ForBureauAsync(bureau, CriticismStatus.Draft, null, 0, 20)).Rows);
        Assert.Equal(order, draft.OrderId);
        Assert.Contains("公安局", draft.Title, StringComparison.Ordinal);
        Assert.Contains("机动车登记信息逾期未更新", draft.Body, StringComparison.Ordinal);
        Assert.Contains("第三十四条第（四）项", draft.Body, StringComparison.Ordinal);
        Assert.Empty((await list.PublishedAsync(0, 10)).Rows);
        await using (var db = _database.CreateDbContext())
        {
            Assert.NotEmpty(await db.Notifications.Where(n => n.MessageKey == DraftOverdueCriticisms.MessageKey).ToListAsync());
        }

        var change = Get<ChangeCriticism>();
        Assert.Equal(OversightErrors.NotFound, (await change.PublishAsync(await UserAsync("lead.ga@govdata.local"), draft.Id, draft.Revision, "x", "y")).ErrorKey);
        Assert.True((await change.PublishAsync(bureau, draft.Id, draft.Revision, draft.Title, draft.Body + "\n特此通报。")).Succeeded);
        Assert.Equal(OversightErrors.Conflict, (await change.PublishAsync(bureau, draft.Id, draft.Revision, draft.Title, draft.Body)).ErrorKey);
        var published = Assert.Single((await list.PublishedAsync(0, 10)).Rows);
        Assert.EndsWith("特此通报。", published.Body, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 3, 24), published.PublishedOn);

        Assert.Equal(OversightErrors.ReasonRequired, (await change.WithdrawAsync(bureau, draft.Id, published.Revision, " ")).ErrorKey);
        Assert.True((await change.WithdrawAsync(bureau, draft.Id, published.Revision, "复核发现已按期整改")).Succeeded);
        Assert.Empty((await list.PublishedAsync(0, 10)).Rows);
        var withdrawn = Assert.Single((await list.ForBureauAsync(bureau, CriticismStatus.Withdrawn, null, 0, 20)).Rows);
        Assert.Equal("复核发现已按期整改", withdrawn.WithdrawalReason);
        await using var audit = _database.CreateDbContext();
        Assert.True(await audit.AuditEntries.AnyAsync(a => a.EntityType.Contains("PublicCriticism")));
    }

    [Fact]
    public async Task Orders_AreSeenByTheDepartmentAndItsSupervisors_NeverByAnotherDepartment()
    {
        var (order, _) = await IssueAsync();
        var list = Get<ListOrders>();
        var get = Get<GetOrder>();

        Assert.Equal(1, (await list.ExecuteAsync(await UserAsync("lead.ga@govdata.local"), new OrderFilter())).TotalCount);
        Assert.Equal(1, (await list.ExecuteAsync(await UserAsync("catalog.ga@govdata.local"), new OrderFilter())).TotalCount);
        Assert.Equal(1, (await list.ExecuteAsync(await UserAsync("bureau@govdata.local"), new OrderFilter(DepartmentId: _ga))).TotalCount);
        Assert.Equal(0, (await list.ExecuteAsync(await UserAsync("lead.rs@govdata.local"), new OrderFilter(DepartmentId: _ga))).TotalCount);
        Assert.Equal(0, (await list.ExecuteAsync(await UserAsync("bureau.gxq@govdata.local"), new OrderFilter())).TotalCount);
        Assert.Equal(0, (await list.ExecuteAsync(UserContext.Anonymous, new OrderFilter())).TotalCount);

        Assert.NotNull(await get.ExecuteAsync(await UserAsync("lead.ga@govdata.local"), order));
        Assert.Null(await get.ExecuteAsync(await UserAsync("lead.rs@govdata.local"), order));
        Assert.Null(await get.ExecuteAsync(await UserAsync("bureau.gxq@govdata.local"), order));
        Assert.Null(await get.ExecuteAsync(UserContext.Anonymous, order));
        Assert.Empty((await Get<ListProposals>().ExecuteAsync(await UserAsync("lead.ga@govdata.local"), null, null, 0, 20)).Rows);
        var referral = await Get<RecordReferral>().ExecuteAsync(await UserAsync("lead.ga@govdata.local"), order, "纪检组", new DateOnly(2026, 3, 10), "事项");
        Assert.Equal(OversightErrors.NotFound, referral.ErrorKey);
        Assert.True((await Get<RecordReferral>().ExecuteAsync(await UserAsync("bureau@govdata.local"), order, "市纪委监委派驻纪检监察组", new DateOnly(2026, 3, 10), "直接责任人员未及时更新数据")).Succeeded);
        Assert.Single((await get.ExecuteAsync(await UserAsync("bureau@govdata.local"), order))!.Referrals);
        Assert.Empty((await get.ExecuteAsync(await UserAsync("lead.ga@govdata.local"), order))!.Referrals);
    }
}

public sealed class RectificationOrderTests() : RectificationOrderTestsCases(TestProvider.Sqlite);

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class RectificationOrderTestsOnPostgreSql() : RectificationOrderTestsCases(TestProvider.PostgreSql);
