using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Runtime;

namespace GovData.Workflows.Sharing;

/// <summary>
/// 共享申请 (Art. 20): a conditional-share request goes to the provider's approvers, who reply within 5 working days
/// (setting ShareRequest.ReplyWorkingDays) by approving (which items, until when) or refusing with a legal basis; the
/// requester may withdraw meanwhile. After a bureau reassignment the approvers of the assigned department decide.
/// </summary>
public sealed class ShareRequestWorkflowV1() : WorkflowDefinition(DefinitionName, 1, published: true)
{
    public const string DefinitionName = "ShareRequest";
    public const string ReplyWorkingDaysSetting = "ShareRequest.ReplyWorkingDays";

    public const string Submitted = nameof(Submitted);
    public const string Approved = nameof(Approved);
    public const string Refused = nameof(Refused);
    public const string Withdrawn = nameof(Withdrawn);
    public const string Cancelled = nameof(Cancelled);

    public const string Approve = nameof(Approve);
    public const string Refuse = nameof(Refuse);
    public const string Withdraw = nameof(Withdraw);

    protected override void Define(WorkflowBuilder builder)
    {
        builder.Initial(Submitted)
            .AssignTo(Roles.Approver, DepartmentRelation.Provider)
            .WithDeadline(DeadlinePolicy.FromSetting(ReplyWorkingDaysSetting, 5));
        builder.Final(Approved, Refused, Withdrawn, Cancelled);

        builder.Transition(Approve, Submitted, Approved)
            .By(Roles.Approver, DepartmentRelation.Provider)
            .By(Roles.Approver, DepartmentRelation.Assignee)
            .With(ShareRequestArguments.GrantedItems)
            .With(ShareRequestArguments.ValidUntil);
        builder.Transition(Refuse, Submitted, Refused)
            .By(Roles.Approver, DepartmentRelation.Provider)
            .By(Roles.Approver, DepartmentRelation.Assignee)
            .With(ShareRequestArguments.LegalBasis);
        builder.Transition(Withdraw, Submitted, Withdrawn)
            .By(Roles.Requester, DepartmentRelation.Requester);
        builder.BureauOperations(Cancelled);
    }
}
