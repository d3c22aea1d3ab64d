using System.Text.Json;
using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Tests.Support;
using GovData.Workflows;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Workflows.Runtime;

public sealed class WorkflowRegistryTests(RuntimeFixture fixture) : IClassFixture<RuntimeFixture>
{
    private static readonly string FingerprintFile =
        Path.Combine(RepositoryPaths.Root, "GovData.Workflows", "Runtime", "published-fingerprints.json");

    [Fact]
    public void PublishedDefinitions_MatchTheCheckedInFingerprints()
    {
        var checkedIn = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(FingerprintFile))!;
        var registry = ProductionRegistry();
        var problems = new List<string>();
        foreach (var definition in registry.All.Where(d => d.Published))
        {
            if (!checkedIn.TryGetValue(definition.Key, out var expected))
            {
                problems.Add($"{definition.Key} is published but has no fingerprint: add \"{definition.Key}\": \"{definition.Fingerprint}\" to published-fingerprints.json.");
            }
            else if (expected != definition.Fingerprint)
            {
                problems.Add($"The shape of published {definition.Key} changed (now {definition.Fingerprint}, published {expected}). " +
                    "Running instances depend on it: restore it and add a new version (a new definition class) instead.");
            }
        }

        foreach (var key in checkedIn.Keys.Where(k => !registry.All.Any(d => d.Key == k && d.Published)))
        {
            problems.Add($"{key} was published and is no longer registered: keep it registered (running instances use it).");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.NotEmpty(checkedIn);
    }

    [Fact]
    public void Fingerprint_ChangesWhenTheShapeChanges()
    {
        var published = new ShareRequestWorkflowV1();
        var edited = new EditedShareRequest();

        Assert.NotEqual(published.Fingerprint, edited.Fingerprint);
        Assert.Equal(published.Fingerprint, new ShareRequestWorkflowV1().Fingerprint);
        Assert.Contains("trigger Refuse Submitted->Refused Transition by=Approver@Provider,Approver@Assignee args=legalBasis:Text:required", published.Shape.CanonicalText, StringComparison.Ordinal);
        Assert.Contains("state Submitted assignee=Approver@Provider deadline=setting:ShareRequest.ReplyWorkingDays|5", published.Shape.CanonicalText, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_ListsVersions_AndStartsWithTheLatestPublished()
    {
        var registry = fixture.Get<WorkflowRegistry>();

        Assert.Equal(2, registry.LatestPublished(TestProcessV1.ProcessName)!.Version);
        Assert.False(registry.Get(TestProcessV1.ProcessName, 3).Published);
        Assert.Null(registry.LatestPublished("NoSuchProcess"));
        Assert.Equal(64, registry.Get(ShareRequestWorkflowV1.DefinitionName, 1).Fingerprint.Length);
    }

    [Fact]
    public async Task NewInstances_TakeTheLatestPublished_RunningInstancesKeepTheirVersion()
    {
        var approver = await fixture.UserAsync("approver.ga@govdata.local");
        var started = await fixture.Get<StartWorkflow>().ExecuteAsync(
            new StartWorkflowRequest(TestProcessV1.ProcessName, "Test", fixture.NextSubjectId(), fixture.DepartmentIds["GA"], null), approver);
        var running = await SaveInstanceOfVersionOneAsync();

        var newer = await fixture.InstanceAsync(started.InstanceId!.Value);
        Assert.Equal(2, newer.DefinitionVersion);
        var actions = fixture.Get<GetAvailableActions>();
        Assert.Equal(["Finish", "Drop"], (await actions.ExecuteAsync(newer.Id, approver)).Select(a => a.Trigger));
        Assert.Equal(["Finish"], (await actions.ExecuteAsync(running, approver)).Select(a => a.Trigger));
        var drop = await fixture.Get<FireTrigger>().ExecuteAsync(new FireTriggerRequest(running, "Drop"), approver);
        Assert.Equal(WorkflowOutcome.NotAllowed, drop.Outcome);
    }

    [Fact]
    public void Builder_RejectsATriggerLeavingAFinalState()
    {
        var broken = new BrokenDefinition();

        var error = Assert.Throws<InvalidOperationException>(() => broken.Shape);
        Assert.Contains("final state", error.Message, StringComparison.Ordinal);
    }

    private static WorkflowRegistry ProductionRegistry()
    {
        var services = new ServiceCollection();
        services.AddGovDataWorkflows();
        using var provider = services.BuildServiceProvider();
        return new WorkflowRegistry(provider.GetServices<WorkflowDefinition>());
    }

    /// <summary>An instance started before v2 was published (as it would be in the database after a deploy).</summary>
    private async Task<long> SaveInstanceOfVersionOneAsync()
    {
        var now = fixture.Time.GetUtcNow().UtcDateTime;
        var instance = new WorkflowInstance(TestProcessV1.ProcessName, 1, "Test", fixture.NextSubjectId(), fixture.DepartmentIds["GA"], null, "Open", string.Empty, now, new DateOnly(2025, 9, 30));
        instance.Assign(fixture.DepartmentIds["GA"], Roles.Approver);
        await using var db = fixture.Database.WriteContext();
        db.WorkflowInstances.Add(instance);
        db.WorkflowJournal.Add(new WorkflowJournalEntry(instance, string.Empty, StartWorkflow.StartTrigger, null, "test", null, null, "{}", null, now));
        await db.SaveChangesAsync();
        return instance.Id;
    }

    private sealed class EditedShareRequest() : WorkflowDefinition(ShareRequestWorkflowV1.DefinitionName, 1, published: true)
    {
        protected override void Define(WorkflowBuilder builder)
        {
            builder.Initial(ShareRequestWorkflowV1.Submitted)
                .AssignTo(Roles.Approver, DepartmentRelation.Provider)
                .WithDeadline(DeadlinePolicy.FromSetting(ShareRequestWorkflowV1.ReplyWorkingDaysSetting, 5));
            builder.Final(ShareRequestWorkflowV1.Approved, ShareRequestWorkflowV1.Refused, ShareRequestWorkflowV1.Withdrawn, ShareRequestWorkflowV1.Cancelled);
            builder.Transition(ShareRequestWorkflowV1.Approve, ShareRequestWorkflowV1.Submitted, ShareRequestWorkflowV1.Approved)
                .By(Roles.Approver, DepartmentRelation.Provider).By(Roles.Approver, DepartmentRelation.Assignee)
                .Requires("grantedItems", ArgumentKind.TextList).Requires("validUntil", ArgumentKind.Date);
            // The edit: the legal basis became optional.
            builder.Transition(ShareRequestWorkflowV1.Refuse, ShareRequestWorkflowV1.Submitted, ShareRequestWorkflowV1.Refused)
                .By(Roles.Approver, DepartmentRelation.Provider).By(Roles.Approver, DepartmentRelation.Assignee)
                .Optional("legalBasis");
            builder.Transition(ShareRequestWorkflowV1.Withdraw, ShareRequestWorkflowV1.Submitted, ShareRequestWorkflowV1.Withdrawn)
                .By(Roles.Requester, DepartmentRelation.Requester);
            builder.BureauOperations(ShareRequestWorkflowV1.Cancelled);
        }
    }

    private sealed class BrokenDefinition() : WorkflowDefinition("Broken", 1, published: false)
    {
        protected override void Define(WorkflowBuilder builder)
        {
            builder.Initial("Open");
            builder.Final("Done");
            builder.Transition("Reopen", "Done", "Open").By(Roles.Approver, DepartmentRelation.Provider);
        }
    }
}
