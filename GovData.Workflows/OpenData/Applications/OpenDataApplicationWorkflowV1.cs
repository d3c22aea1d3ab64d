using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Runtime;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>
/// 数据开放申请 (Art. 26): the provider's approvers answer within 15 working days of receipt (setting
/// OpenDataApplication.ReplyWorkingDays; a decision on the day of receipt is recorded as answered on the spot) by
/// granting, partly granting or refusing (reasons and legal basis required), or first ask for supplementary material:
/// then the applicant must act, the clock stands still, and without material within 10 working days (setting
/// OpenDataApplication.MaterialWorkingDays) the application lapses (the sweep fires Lapse). The applicant may withdraw
/// while it is open.
/// </summary>
public sealed class OpenDataApplicationWorkflowV1() : WorkflowDefinition(DefinitionName, 1, published: true)
{
    public const string DefinitionName = "OpenDataApplication";
    public const string ReplyWorkingDaysSetting = "OpenDataApplication.ReplyWorkingDays";
    public const string MaterialWorkingDaysSetting = "OpenDataApplication.MaterialWorkingDays";
    public const int DefaultReplyWorkingDays = 15;
    public const int DefaultMaterialWorkingDays = 10;

    public const string Submitted = nameof(Submitted);
    public const string AwaitingMaterial = nameof(AwaitingMaterial);
    public const string Granted = nameof(Granted);
    public const string PartlyGranted = nameof(PartlyGranted);
    public const string Refused = nameof(Refused);
    public const string Withdrawn = nameof(Withdrawn);
    public const string Lapsed = nameof(Lapsed);
    public const string Cancelled = nameof(Cancelled);

    public const string Grant = nameof(Grant);
    public const string PartlyGrant = nameof(PartlyGrant);
    public const string Refuse = nameof(Refuse);
    public const string RequestMaterial = nameof(RequestMaterial);
    public const string Supply = nameof(Supply);
    public const string Withdraw = nameof(Withdraw);
    public const string Lapse = nameof(Lapse);

    protected override void Define(WorkflowBuilder builder)
    {
        builder.Initial(Submitted)
            .AssignTo(Roles.Approver, DepartmentRelation.Provider)
            .WithDeadline(DeadlinePolicy.FromSetting(ReplyWorkingDaysSetting, DefaultReplyWorkingDays));
        builder.State(AwaitingMaterial)
            .AssignTo(Roles.Applicant, DepartmentRelation.Initiator)
            .StopsClock();
        builder.Final(Granted, PartlyGranted, Refused, Withdrawn, Lapsed, Cancelled);

        builder.Transition(Grant, Submitted, Granted)
            .By(Roles.Approver, DepartmentRelation.Provider)
            .By(Roles.Approver, DepartmentRelation.Assignee)
            .With(OpenDataApplicationArguments.GrantedItems)
            .With(OpenDataApplicationArguments.UseUntil);
        builder.Transition(PartlyGrant, Submitted, PartlyGranted)
            .By(Roles.Approver, DepartmentRelation.Provider)
            .By(Roles.Approver, DepartmentRelation.Assignee)
            .With(OpenDataApplicationArguments.GrantedItems)
            .With(OpenDataApplicationArguments.UseUntil)
            .With(OpenDataApplicationArguments.LegalBases);
        builder.Transition(Refuse, Submitted, Refused)
            .By(Roles.Approver, DepartmentRelation.Provider)
            .By(Roles.Approver, DepartmentRelation.Assignee)
            .With(OpenDataApplicationArguments.LegalBases);
        builder.Transition(RequestMaterial, Submitted, AwaitingMaterial)
            .By(Roles.Approver, DepartmentRelation.Provider)
            .By(Roles.Approver, DepartmentRelation.Assignee);
        builder.Transition(Supply, AwaitingMaterial, Submitted)
            .By(Roles.Applicant, DepartmentRelation.Initiator);
        builder.Transition(Lapse, AwaitingMaterial, Lapsed)
            .By(Roles.Approver, DepartmentRelation.Provider);
        builder.Transition(Withdraw, Submitted, Withdrawn)
            .By(Roles.Applicant, DepartmentRelation.Initiator);
        builder.Transition(Withdraw, AwaitingMaterial, Withdrawn)
            .By(Roles.Applicant, DepartmentRelation.Initiator);
        builder.BureauOperations(Cancelled);
    }
}
