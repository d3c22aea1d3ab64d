using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Tests.Support;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using GovData.Workflows.Runtime.Definitions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Workflows.Runtime;

/// <summary>
/// One seeded SQLite database (the demo city, plus a second approver in GA) and the runtime over it, shared by a test
/// class; each test starts its own instances (unique subject ids), so tests do not see each other's work.
/// </summary>
public sealed class RuntimeFixture : SeededServicesFixture
{
    public const string SecondApproverEmail = "approver2.ga@govdata.local";

    private int _subject;

    public TestSubjectHandler Handler { get; } = new();

    protected override DateTime ChinaStart => new(2025, 9, 30, 10, 0, 0);

    protected override Task PrepareDatabaseAsync() => AddSecondApproverAsync();

    protected override void AddServices(IServiceCollection services)
    {
        services.AddSingleton<WorkflowDefinition, TestProcessV1>();
        services.AddSingleton<WorkflowDefinition, TestProcessV2>();
        services.AddSingleton<WorkflowDefinition, TestProcessV3Draft>();
        services.AddSingleton<IWorkflowSubjectHandler>(Handler);
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

/// <summary>The subject hook the tests steer: by default it does nothing.</summary>
public sealed class TestSubjectHandler : IWorkflowSubjectHandler
{
    public string DefinitionName => ShareRequestWorkflowV1.DefinitionName;

    public Func<WorkflowChange, Task>? OnChanged { get; set; }

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

/// <summary>Test processes: v1 and v2 published (v2 adds a trigger), v3 a draft.</summary>
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
