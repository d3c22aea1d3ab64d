using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Tests.Support;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Workflows.Runtime;

/// <summary>
/// One seeded SQLite database (the demo city, plus a second approver in GA) and the runtime over it, shared by a test
/// class; each test starts its own instances (unique subject ids), so tests do not see each other's work.
/// </summary>
public class RuntimeFixture : SeededServicesFixture
{
    public const string SecondApproverEmail = "approver2.ga@govdata.local";

    private int _subject;

    public TestSubjectHandler Handler { get; } = new();

    protected override DateTime ChinaStart => new(2025, 9, 30, 10, 0, 0);

    protected override Task PrepareDatabaseAsync() => AddSecondApproverAsync();

    protected override void AddServices(IServiceCollection services)
    {
        services.AddWorkflowProcess<TestProcess>();
        services.AddWorkflowProcess<TestApplicationProcess>();
        services.AddWorkflowProcess<ShareRequestProcess>();
        // The runtime tests start share requests without a request row: the steered handler stands in for the real one.
        services.AddKeyedSingleton<IWorkflowSubjectHandler>(ShareRequestWorkflowV1.DefinitionName, Handler);
    }

    public string NextSubjectId() => "SR-" + Interlocked.Increment(ref _subject);

    /// <summary>A share request from RS (requester) to GA (provider), started by requester.rs.</summary>
    public async Task<long> StartShareRequestAsync()
    {
        var requester = await UserAsync("requester.rs@govdata.local");
        var result = await Get<StartWorkflow>().ExecuteAsync(
            new StartWorkflowRequest(ShareRequestWorkflowV1.DefinitionName, "ShareRequest", NextSubjectId(), DepartmentIds["GA"], DepartmentIds["RS"]),
            requester);
        Assert.True(result.Succeeded, result.MessageKey);
        return result.InstanceId!.Value;
    }

    public async Task<WorkflowInstance> InstanceAsync(long id)
    {
        await using var db = Database.CreateDbContext();
        return await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == id);
    }

    public async Task<List<WorkflowJournalEntry>> JournalAsync(long id)
    {
        await using var db = Database.CreateDbContext();
        return await db.WorkflowJournal.AsNoTracking().Where(e => e.InstanceId == id).OrderBy(e => e.Sequence).ToListAsync();
    }

    public async Task<List<GovData.Domain.Notifications.Notification>> NotificationsAsync(long id)
    {
        var link = "/workflows/" + id;
        await using var db = Database.CreateDbContext();
        return await db.Notifications.AsNoTracking().Where(n => n.Link == link).OrderBy(n => n.Id).ToListAsync();
    }

    public async Task<string> UserIdAsync(string email)
    {
        await using var db = Database.CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task AddSecondApproverAsync()
    {
        await using var db = Database.WriteContext();
        var user = new ApplicationUser
        {
            UserName = SecondApproverEmail,
            NormalizedUserName = SecondApproverEmail.ToUpperInvariant(),
            Email = SecondApproverEmail,
            NormalizedEmail = SecondApproverEmail.ToUpperInvariant(),
            DisplayName = "赵副审核人",
            DepartmentId = DepartmentIds["GA"],
        };
        db.Users.Add(user);
        var roleId = await db.Roles.Where(r => r.Name == Roles.Approver).Select(r => r.Id).SingleAsync();
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        await db.SaveChangesAsync();
    }
}

/// <summary>The subject hook the tests steer: by default it does nothing and allows everything.</summary>
public sealed class TestSubjectHandler : IWorkflowSubjectHandler
{
    public Func<WorkflowChange, Task>? OnChanged { get; set; }

    /// <summary>The subject's guard; null: every trigger is allowed.</summary>
    public Func<SubjectGuardQuery, bool>? Allows { get; set; }

    public Task<bool> AllowsAsync(SubjectGuardQuery query, CancellationToken cancellationToken) => Task.FromResult(Allows?.Invoke(query) ?? true);

    public List<string> Seen { get; } = [];

    public async Task OnChangedAsync(WorkflowChange change, CancellationToken cancellationToken)
    {
        lock (Seen)
        {
            Seen.Add(change.Entry.Trigger + ":" + change.Instance.State);
        }

        if (OnChanged is { } onChanged)
        {
            await onChanged(change);
        }
    }
}

/// <summary>The test process as a module: v1 and v2 published (v2 adds a trigger), v3 a draft.</summary>
public sealed class TestProcess : WorkflowProcess
{
    public override string Name => TestProcessV1.ProcessName;

    public override string SubjectType => "Test";

    public override IReadOnlyList<WorkflowDefinition> Definitions { get; } = [new TestProcessV1(), new TestProcessV2(), new TestProcessV3Draft()];

    public override Type SubjectHandler => typeof(NoSubjectHandler);

    public override Type Summary => typeof(NoSummary);

    public override Type ArgumentOptions => typeof(NoOptions);

    public override IReadOnlyList<WorkflowArgument> Arguments => [];

    public override IReadOnlyList<GovData.Workflows.Deadlines.EscalationStep> Escalation => GovData.Workflows.Deadlines.EscalationSettings.Default().Steps;

    public override string TextResource => "WorkflowResource";

    public override string SubjectRoute => "/test/{0}";
}

public sealed class NoSubjectHandler : IWorkflowSubjectHandler
{
    public Task OnChangedAsync(WorkflowChange change, CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed class NoSummary : IWorkflowSubjectSummary
{
    public Task<IReadOnlyList<SubjectFact>> DescribeAsync(GovData.Workflows.Persistence.GovDataDbContext db, WorkflowInstance instance, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SubjectFact>>([]);

    public Task DisplayArgumentsAsync(
        GovData.Workflows.Persistence.GovDataDbContext db, WorkflowInstance instance, IReadOnlyList<Dictionary<string, string>> arguments, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}

public sealed class NoOptions : IWorkflowArgumentOptions
{
    public Task<ArgumentOffer?> OfferAsync(ArgumentOptionsQuery query, CancellationToken cancellationToken) => Task.FromResult<ArgumentOffer?>(null);
}

/// <summary>Test definitions: v1 and v2 published (v2 adds a trigger), v3 a draft.</summary>
public sealed class TestProcessV1() : WorkflowDefinition(ProcessName, 1, published: true)
{
    public const string ProcessName = "TestProcess";

    protected override void Define(WorkflowBuilder builder)
    {
        builder.Initial("Open").AssignTo(Roles.Approver, DepartmentRelation.Provider);
        builder.Final("Done");
        builder.Transition("Finish", "Open", "Done").By(Roles.Approver, DepartmentRelation.Provider);
    }
}

public sealed class TestProcessV2() : WorkflowDefinition(TestProcessV1.ProcessName, 2, published: true)
{
    protected override void Define(WorkflowBuilder builder)
    {
        builder.Initial("Open").AssignTo(Roles.Approver, DepartmentRelation.Provider);
        builder.Final("Done", "Dropped");
        builder.Transition("Finish", "Open", "Done").By(Roles.Approver, DepartmentRelation.Provider);
        builder.Transition("Drop", "Open", "Dropped").By(Roles.Approver, DepartmentRelation.Provider);
    }
}

public sealed class TestProcessV3Draft() : WorkflowDefinition(TestProcessV1.ProcessName, 3, published: false)
{
    protected override void Define(WorkflowBuilder builder)
    {
        builder.Initial("Open");
        builder.Final("Done");
        builder.Transition("Finish", "Open", "Done").By(Roles.Approver, DepartmentRelation.Provider);
    }
}

/// <summary>
/// An application by a member of the public (the shape the open-data process will take): the provider's approver reviews
/// it within 5 working days, may ask for missing material — the applicant (the initiator, no department) must act then
/// and the clock stands still — and the applicant supplies it or withdraws.
/// </summary>
public sealed class TestApplicationV1() : WorkflowDefinition(ProcessName, 1, published: true)
{
    public const string ProcessName = "TestApplication";
    public const string Review = nameof(Review);
    public const string AwaitingMaterial = nameof(AwaitingMaterial);
    public const string AskMaterial = nameof(AskMaterial);
    public const string Supply = nameof(Supply);
    public const string Withdraw = nameof(Withdraw);
    public const string Grant = nameof(Grant);

    protected override void Define(WorkflowBuilder builder)
    {
        builder.Initial(Review).AssignTo(Roles.Approver, DepartmentRelation.Provider).WithDeadline(DeadlinePolicy.Fixed(5));
        builder.State(AwaitingMaterial).AssignTo(Roles.Applicant, DepartmentRelation.Initiator).StopsClock();
        builder.Final("Granted", "Withdrawn", "Cancelled");
        builder.Transition(AskMaterial, Review, AwaitingMaterial).By(Roles.Approver, DepartmentRelation.Provider);
        builder.Transition(Supply, AwaitingMaterial, Review).By(Roles.Applicant, DepartmentRelation.Initiator);
        builder.Transition(Withdraw, AwaitingMaterial, "Withdrawn").By(Roles.Applicant, DepartmentRelation.Initiator);
        builder.Transition(Grant, Review, "Granted").By(Roles.Approver, DepartmentRelation.Provider);
        builder.BureauOperations("Cancelled");
    }
}

public sealed class TestApplicationProcess : WorkflowProcess
{
    public override string Name => TestApplicationV1.ProcessName;

    public override string SubjectType => "Application";

    public override IReadOnlyList<WorkflowDefinition> Definitions { get; } = [new TestApplicationV1()];

    public override Type SubjectHandler => typeof(NoSubjectHandler);

    public override Type Summary => typeof(NoSummary);

    public override Type ArgumentOptions => typeof(NoOptions);

    public override IReadOnlyList<WorkflowArgument> Arguments => [];

    public override IReadOnlyList<GovData.Workflows.Deadlines.EscalationStep> Escalation =>
        [new GovData.Workflows.Deadlines.EscalationStep { Recipient = GovData.Workflows.Deadlines.EscalationRecipient.AssigneeDepartmentLead, AfterWorkingDays = 0 }];

    public override string TextResource => "WorkflowResource";

    public override string SubjectRoute => "/applications/{0}";
}

/// <summary>The same fixture on PostgreSQL (decision 0030).</summary>
public sealed class PostgreSqlRuntimeFixture : RuntimeFixture
{
    public override TestProvider Provider => TestProvider.PostgreSql;
}
