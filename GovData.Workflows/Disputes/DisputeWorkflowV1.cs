using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Runtime;

namespace GovData.Workflows.Disputes;

/// <summary>
/// 共享争议协调 (Art. 21): a filed dispute waits for the bureau responsible for the provider to accept or decline it
/// (5 working days, setting Dispute.AcceptWorkingDays); once accepted the bureau gathers both parties' statements and
/// holds meetings (recorded beside the workflow, journalled) and decides within 10 working days of acceptance (setting
/// Dispute.DecideWorkingDays; one extension, see <see cref="ExtendDisputeDecision"/>): sharing ordered, partly ordered,
/// or refusal upheld. An ordered grant waits in the provider's approver inbox (5 working days, setting
/// Dispute.GrantWorkingDays); issuing it closes the dispute as complied.
/// </summary>
public sealed class DisputeWorkflowV1() : WorkflowDefinition(DefinitionName, 1, published: true)
{
    public const string DefinitionName = "Dispute";
    public const string AcceptWorkingDaysSetting = "Dispute.AcceptWorkingDays";
    public const string DecideWorkingDaysSetting = "Dispute.DecideWorkingDays";
    public const string GrantWorkingDaysSetting = "Dispute.GrantWorkingDays";
    public const int DefaultAcceptWorkingDays = 5;
    public const int DefaultDecideWorkingDays = 10;
    public const int DefaultGrantWorkingDays = 5;

    public const string Filed = nameof(Filed);
    public const string Coordinating = nameof(Coordinating);
    public const string GrantOrdered = nameof(GrantOrdered);
    public const string Declined = nameof(Declined);
    public const string RefusalUpheld = nameof(RefusalUpheld);
    public const string Complied = nameof(Complied);
    public const string Cancelled = nameof(Cancelled);

    public const string Accept = nameof(Accept);
    public const string Decline = nameof(Decline);
    public const string OrderSharing = nameof(OrderSharing);
    public const string OrderPartly = nameof(OrderPartly);
    public const string UpholdRefusal = nameof(UpholdRefusal);
    public const string IssueGrant = nameof(IssueGrant);

    protected override void Define(WorkflowBuilder builder)
    {
        builder.Initial(Filed)
            .AssignTo(Roles.BureauOfficer, DepartmentRelation.ResponsibleBureau)
            .WithDeadline(DeadlinePolicy.FromSetting(AcceptWorkingDaysSetting, DefaultAcceptWorkingDays));
        builder.State(Coordinating)
            .AssignTo(Roles.BureauOfficer, DepartmentRelation.ResponsibleBureau)
            .WithDeadline(DeadlinePolicy.FromSetting(DecideWorkingDaysSetting, DefaultDecideWorkingDays));
        builder.State(GrantOrdered)
            .AssignTo(Roles.Approver, DepartmentRelation.Provider)
            .WithDeadline(DeadlinePolicy.FromSetting(GrantWorkingDaysSetting, DefaultGrantWorkingDays));
        builder.Final(Declined, RefusalUpheld, Complied, Cancelled);

        builder.Transition(Accept, Filed, Coordinating)
            .By(Roles.BureauOfficer, DepartmentRelation.DataBureau);
        builder.Transition(Decline, Filed, Declined)
            .By(Roles.BureauOfficer, DepartmentRelation.DataBureau);
        builder.Transition(OrderSharing, Coordinating, GrantOrdered)
            .By(Roles.BureauOfficer, DepartmentRelation.DataBureau)
            .With(DisputeArguments.OrderedItems)
            .With(DisputeArguments.Purpose);
        builder.Transition(OrderPartly, Coordinating, GrantOrdered)
            .By(Roles.BureauOfficer, DepartmentRelation.DataBureau)
            .With(DisputeArguments.OrderedItems)
            .With(DisputeArguments.Purpose);
        builder.Transition(UpholdRefusal, Coordinating, RefusalUpheld)
            .By(Roles.BureauOfficer, DepartmentRelation.DataBureau);
        builder.Transition(IssueGrant, GrantOrdered, Complied)
            .By(Roles.Approver, DepartmentRelation.Provider)
            .With(DisputeArguments.ValidUntil);
        builder.BureauOperations(Cancelled);
    }
}
