using GovData.Domain;
using GovData.Domain.Identity;
using GovData.Domain.Workflows;

namespace GovData.Tests.Domain.Workflows;

public sealed class WorkflowInstanceTests
{
    private static readonly DateTime Now = new(2025, 9, 30, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Transition_ToFinal_ClosesAndClearsAssigneeAndDeadline()
    {
        var instance = NewInstance();

        instance.Transition("Approved", isFinal: true, new DateOnly(2025, 10, 9), Now.AddDays(9));

        Assert.True(instance.IsClosed);
        Assert.Equal(2, instance.Revision);
        Assert.Null(instance.AssigneeDepartmentId);
        Assert.Null(instance.AssigneeRole);
        Assert.Null(instance.DueOn);
        Assert.Equal(["Submitted", "Approved"], instance.Visited());
    }

    [Fact]
    public void Transition_OnClosedInstance_IsRefusedWithTheClosedKey()
    {
        var instance = NewInstance();
        instance.Transition("Refused", isFinal: true, new DateOnly(2025, 10, 9), Now);

        var error = Assert.Throws<DomainRuleException>(() => instance.Transition("Approved", true, new DateOnly(2025, 10, 9), Now));
        Assert.Equal(WorkflowInstance.ClosedError, error.Code);
        Assert.Throws<DomainRuleException>(() => instance.Touch(Now));
        Assert.Equal("Refused", instance.State);
        Assert.Equal(2, instance.Revision);
    }

    [Fact]
    public void SetDeadline_ANewDate_RestartsTheEscalationLadder_TheSameDateKeepsIt()
    {
        var instance = NewInstance();
        instance.SetDeadline(new DateOnly(2025, 10, 9), 5, true);
        instance.Escalate(2, Now);

        instance.SetDeadline(new DateOnly(2025, 10, 9), null, true);
        Assert.Equal(2, instance.EscalationLevel);

        instance.SetDeadline(new DateOnly(2025, 10, 15), null, true);
        Assert.Equal(0, instance.EscalationLevel);
        instance.Escalate(1, Now);
        Assert.Equal(1, instance.EscalationLevel);
    }

    [Fact]
    public void JournalEntry_TakesTheRevisionAsSequence_AndTheDeadlineAfterTheChange()
    {
        var instance = NewInstance();
        instance.SetDeadline(new DateOnly(2025, 10, 14), 5, true);
        instance.Touch(Now);
        instance.SetDeadline(new DateOnly(2025, 10, 20), null, true);

        var entry = new WorkflowJournalEntry(instance, "Submitted", "SetDeadline", "u1", "王主任", 1, "  ", "{}", new DateOnly(2025, 10, 14), Now);

        Assert.Equal(2, entry.Sequence);
        Assert.Equal(new DateOnly(2025, 10, 20), entry.DueAfter);
        Assert.Null(entry.Comment);
        Assert.Null(instance.DeadlineWorkingDays);
    }

    [Fact]
    public void Access_ProviderRequesterAndBureauSeeIt_AnotherDepartmentDoesNot()
    {
        var instance = NewInstance();
        instance.Assign(10, Roles.Approver);

        Assert.True(WorkflowAccess.CanSee(User(10, false, Roles.Approver), instance));
        Assert.True(WorkflowAccess.CanSee(User(20, false, Roles.Requester), instance));
        Assert.True(WorkflowAccess.CanSee(User(1, true, Roles.BureauOfficer), instance));
        Assert.False(WorkflowAccess.CanSee(User(30, false, Roles.Approver), instance));
        Assert.True(new WorkflowActor(Roles.Approver, DepartmentRelation.Provider).Matches(User(10, false, Roles.Approver), instance));
        Assert.False(new WorkflowActor(Roles.Approver, DepartmentRelation.Provider).Matches(User(10, false, Roles.Requester), instance));
        Assert.False(new WorkflowActor(Roles.BureauOfficer, DepartmentRelation.DataBureau).Matches(User(10, false, Roles.BureauOfficer), instance));
    }

    private static WorkflowInstance NewInstance() =>
        new("ShareRequest", 1, "ShareRequest", "1", providerDepartmentId: 10, requesterDepartmentId: 20, "Submitted", "u-req", Now, new DateOnly(2025, 9, 30));

    private static UserContext User(int department, bool bureau, params string[] roles) =>
        new("u" + department, "user", department, bureau, roles.ToHashSet());
}
