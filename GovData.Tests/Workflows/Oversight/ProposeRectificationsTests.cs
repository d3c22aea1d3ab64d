using GovData.Domain.Notifications;
using GovData.Domain.Oversight;
using GovData.Domain.Resources;
using GovData.Domain.Workflows;
using GovData.Tests.Support;
using GovData.Workflows;
using GovData.Workflows.Oversight.Proposals;
using GovData.Workflows.Persistence;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Oversight;

/// <summary>
/// The daily proposal job over the demo city with every demo entry made Irregular, plus entries of our own on
/// 2026-03-10 (grace 10 days: a Monthly entry is proposed when updated before 2026-01-13, a Weekly one before 2026-02-18).
/// </summary>
public abstract class ProposeRectificationsTestsCases(TestProvider provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private TestDatabase _database = default!;
    private ServiceProvider _services = default!;
    private IReadOnlyDictionary<string, int> _departments = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateSeededAsync(provider);
        _departments = await _database.DepartmentIdsAsync();
        await using (var db = _database.WriteContext())
        {
            await db.DataResources.ExecuteUpdateAsync(s => s.SetProperty(r => r.UpdateCycle, UpdateCycle.Irregular));
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<GovDataDbContext>>(_database);
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Oversight:Proposals:StaleGraceDays"] = "10" })
            .Build());
        services.AddGovDataWorkflows();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private Task<ProposalRun> RunAsync() =>
        _services.CreateScope().ServiceProvider.GetRequiredService<ProposeRectifications>().RunAsync(CancellationToken.None);

    private async Task<DataResource> EntryAsync(string code, UpdateCycle cycle, DateOnly lastUpdate, string department)
    {
        await using var db = _database.WriteContext();
        return await TestCatalog.AddAsync(
            db, TestCatalog.Content(code) with { UpdateCycle = cycle, LastDataUpdate = lastUpdate }, _departments[department], CatalogStatus.Published);
    }

    [Fact]
    public async Task RunTwice_OneProposalPerDepartment_TheSecondRunProposesNothing()
    {
        var stale1 = await EntryAsync("3.09.201/GA-9201", UpdateCycle.Monthly, new DateOnly(2026, 1, 12), "GA");
        var stale2 = await EntryAsync("3.09.202/GA-9202", UpdateCycle.Weekly, new DateOnly(2026, 2, 1), "GA");
        await EntryAsync("3.09.203/GA-9203", UpdateCycle.Monthly, new DateOnly(2026, 1, 13), "GA"); // stale, but within the grace
        var stale3 = await EntryAsync("3.09.201/RS-9201", UpdateCycle.Daily, new DateOnly(2026, 2, 20), "RS");

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(new ProposalRun(3, 2, 0), first);
        Assert.Equal(new ProposalRun(0, 0, 0), second);
        await using var db = _database.CreateDbContext();
        var proposals = await db.RectificationProposals.OrderBy(p => p.DepartmentId).ToListAsync();
        Assert.All(proposals, p => Assert.Equal(RectificationViolation.DataNotMaintained, p.Violation));
        Assert.Equal([_departments["GA"], _departments["RS"]], proposals.Select(p => p.DepartmentId).Order());
        Assert.Equal(2, proposals.Single(p => p.DepartmentId == _departments["GA"]).EvidenceCount);
        var evidence = await db.ProposalEvidence.OrderBy(e => e.ReferenceId).Select(e => e.ReferenceId).ToListAsync();
        Assert.Equal(new long[] { stale1.Id, stale2.Id, stale3.Id }.Order(), evidence);
    }

    [Fact]
    public async Task NewFindingOfADepartment_IsAddedToItsOpenProposal_NotANewOne()
    {
        await EntryAsync("3.09.211/GA-9211", UpdateCycle.Monthly, new DateOnly(2026, 1, 1), "GA");
        await RunAsync();
        await EntryAsync("3.09.212/GA-9212", UpdateCycle.Monthly, new DateOnly(2026, 1, 2), "GA");
        _time.Advance(TimeSpan.FromDays(1));

        var run = await RunAsync();

        Assert.Equal(new ProposalRun(1, 0, 1), run);
        await using var db = _database.CreateDbContext();
        var proposal = await db.RectificationProposals.SingleAsync();
        Assert.Equal(2, proposal.EvidenceCount);
        Assert.Equal(new DateOnly(2026, 3, 10), proposal.FirstDetectedOn);
        Assert.Equal(new DateOnly(2026, 3, 11), proposal.LastDetectedOn);
    }

    [Fact]
    public async Task DismissedFinding_IsNotProposedAgain_UntilTheEntryIsUpdatedAndStaleAgain()
    {
        var entry = await EntryAsync("3.09.221/GA-9221", UpdateCycle.Weekly, new DateOnly(2026, 1, 1), "GA");
        await RunAsync();
        await using (var db = _database.WriteContext())
        {
            var proposal = await db.RectificationProposals.SingleAsync();
            proposal.Dismiss("已口头提醒", "bureau", Now.UtcDateTime);
            await db.SaveChangesAsync();
        }

        Assert.Equal(new ProposalRun(0, 0, 0), await RunAsync());

        await using (var db = _database.WriteContext())
        {
            await db.DataResources.Where(r => r.Id == entry.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.LastDataUpdate, new DateOnly(2026, 2, 1)));
        }

        Assert.Equal(new ProposalRun(1, 1, 0), await RunAsync());
        await using var check = _database.CreateDbContext();
        Assert.Equal(1, await check.RectificationProposals.CountAsync(p => p.Status == ProposalStatus.Open));
        Assert.Equal(1, await check.RectificationProposals.CountAsync(p => p.Status == ProposalStatus.Dismissed));
    }

    [Fact]
    public async Task ShareRequestsOverdueOrNoticedLate_AreProposedAgainstTheProvider_OnceEach()
    {
        var ga = _departments["GA"];
        var rs = _departments["RS"];
        long overdueOpen, answeredLate;
        await using (var db = _database.WriteContext())
        {
            var open = Instance(ga, rs, "1", new DateOnly(2026, 3, 6));
            var late = Instance(ga, rs, "2", new DateOnly(2026, 2, 20));
            var onTime = Instance(ga, rs, "3", new DateOnly(2026, 3, 20));
            var old = Instance(ga, rs, "4", new DateOnly(2025, 6, 1));
            db.WorkflowInstances.AddRange(open, late, onTime, old);
            await db.SaveChangesAsync();
            late.Transition(ShareRequestWorkflowV1.Approved, isFinal: true, new DateOnly(2026, 2, 25), Now.UtcDateTime);
            old.Transition(ShareRequestWorkflowV1.Approved, isFinal: true, new DateOnly(2025, 6, 5), Now.UtcDateTime);
            db.DeadlineNotices.Add(new DeadlineNotice(late.Id, DeadlineNoticeKind.Overdue, 0, new DateOnly(2026, 2, 20), new DateTime(2026, 2, 23, 1, 0, 0, DateTimeKind.Utc)));
            db.DeadlineNotices.Add(new DeadlineNotice(late.Id, DeadlineNoticeKind.Escalation, 3, new DateOnly(2026, 2, 20), new DateTime(2026, 2, 27, 1, 0, 0, DateTimeKind.Utc)));
            db.DeadlineNotices.Add(new DeadlineNotice(old.Id, DeadlineNoticeKind.Overdue, 0, new DateOnly(2025, 6, 1), new DateTime(2025, 6, 2, 1, 0, 0, DateTimeKind.Utc)));
            await db.SaveChangesAsync();
            (overdueOpen, answeredLate) = (open.Id, late.Id);
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(new ProposalRun(2, 1, 0), first);
        Assert.Equal(new ProposalRun(0, 0, 0), second);
        await using var check = _database.CreateDbContext();
        var proposal = await check.RectificationProposals.SingleAsync();
        Assert.Equal((ga, RectificationViolation.DataNotProvidedInTime), (proposal.DepartmentId, proposal.Violation));
        var evidence = await check.ProposalEvidence.Select(e => new { e.Kind, e.ReferenceId }).ToListAsync();
        Assert.All(evidence, e => Assert.Equal(EvidenceKind.WorkflowInstance, e.Kind));
        Assert.Equal(new[] { overdueOpen, answeredLate }.Order(), evidence.Select(e => e.ReferenceId).Order());
    }

    private static WorkflowInstance Instance(int provider, int requester, string subject, DateOnly due)
    {
        var instance = new WorkflowInstance(
            ShareRequestWorkflowV1.DefinitionName, 1, SubmitShareRequest.SubjectType, "T" + subject, provider, requester,
            ShareRequestWorkflowV1.Submitted, string.Empty, Now.UtcDateTime, due.AddDays(-7));
        instance.SetDeadline(due, 5, true);
        return instance;
    }
}

public sealed class ProposeRectificationsTests() : ProposeRectificationsTestsCases(TestProvider.Sqlite);

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class ProposeRectificationsTestsOnPostgreSql() : ProposeRectificationsTestsCases(TestProvider.PostgreSql);
