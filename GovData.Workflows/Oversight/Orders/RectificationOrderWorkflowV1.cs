using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Runtime;

namespace GovData.Workflows.Oversight.Orders;

/// <summary>
/// 责令限期改正 (Art. 34): the ordered department's lead acknowledges the order, then reports the correction with
/// evidence; the responsible bureau accepts (rectified) or sends the report back with comments. The deadline is the
/// order's own (working days chosen by the officer, kept across a send-back): the subject handler sets it on the
/// department's states; the bureau's verification has none. A missed deadline drafts a criticism (the overdue job),
/// and the order stays open until it is rectified or cancelled.
/// </summary>
public sealed class RectificationOrderWorkflowV1() : WorkflowDefinition(DefinitionName, 1, published: true)
{
    public const string DefinitionName = "RectificationOrder";

    public const string Issued = nameof(Issued);
    public const string Acknowledged = nameof(Acknowledged);
    public const string Reported = nameof(Reported);
    public const string Rectified = nameof(Rectified);
    public const string Cancelled = nameof(Cancelled);

    public const string Acknowledge = nameof(Acknowledge);
    public const string SubmitReport = nameof(SubmitReport);
    public const string Accept = nameof(Accept);
    public const string SendBack = nameof(SendBack);

    /// <summary>The states in which the department must act (the deadline runs).</summary>
    public static IReadOnlyList<string> DepartmentStates { get; } = [Issued, Acknowledged];

    protected override void Define(WorkflowBuilder builder)
    {
        builder.Initial(Issued).AssignTo(Roles.DepartmentLead, DepartmentRelation.Provider);
        builder.State(Acknowledged).AssignTo(Roles.DepartmentLead, DepartmentRelation.Provider);
        builder.State(Reported).AssignTo(Roles.BureauOfficer, DepartmentRelation.ResponsibleBureau);
        builder.Final(Rectified, Cancelled);

        builder.Transition(Acknowledge, Issued, Acknowledged)
            .By(Roles.DepartmentLead, DepartmentRelation.Provider);
        builder.Transition(SubmitReport, Acknowledged, Reported)
            .By(Roles.DepartmentLead, DepartmentRelation.Provider)
            .With(RectificationOrderArguments.ReportEvidence);
        builder.Transition(Accept, Reported, Rectified)
            .By(Roles.BureauOfficer, DepartmentRelation.DataBureau);
        builder.Transition(SendBack, Reported, Acknowledged)
            .By(Roles.BureauOfficer, DepartmentRelation.DataBureau);
        builder.BureauOperations(Cancelled);
    }
}
