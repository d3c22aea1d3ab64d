using GovData.Workflows.Deadlines;
using GovData.Workflows.Runtime;

namespace GovData.Workflows.Disputes;

/// <summary>共享争议 as one module: the definition, the dispute as subject, the handler that records decisions and issues
/// the ordered grant, what the instance page shows, the dialogs' choices, and a ladder that climbs from whoever must act
/// (the bureau while it decides, the provider while the ordered grant is due) to its lead and then the municipal bureau.</summary>
public sealed class DisputeProcess : WorkflowProcess
{
    public const string SubjectTypeName = "Dispute";

    public override string Name => DisputeWorkflowV1.DefinitionName;

    public override string SubjectType => SubjectTypeName;

    public override IReadOnlyList<WorkflowDefinition> Definitions { get; } = [new DisputeWorkflowV1()];

    public override Type SubjectHandler => typeof(DisputeSubjectHandler);

    public override Type Summary => typeof(DisputeSummary);

    public override Type ArgumentOptions => typeof(DisputeArgumentOptions);

    public override IReadOnlyList<WorkflowArgument> Arguments => DisputeArguments.All;

    /// <summary>The lead of the department that must act after 1, the municipal bureau's officers after 3 working days
    /// overdue (an ordered grant not issued is the provider's delay; an undecided dispute the bureau's).</summary>
    public override IReadOnlyList<EscalationStep> Escalation { get; } =
    [
        new EscalationStep { Recipient = EscalationRecipient.AssigneeDepartmentLead, AfterWorkingDays = 1 },
        new EscalationStep { Recipient = EscalationRecipient.BureauOfficers, AfterWorkingDays = 3 },
    ];

    public override string TextResource => "DisputeResource";

    /// <summary>The summary links the dispute's own page (statements, meetings, attachments, decision).</summary>
    public override string SubjectRoute => "/disputes/{0}";

    public override ActionTone ToneOf(string trigger) => trigger switch
    {
        DisputeWorkflowV1.Accept or DisputeWorkflowV1.OrderSharing or DisputeWorkflowV1.IssueGrant => ActionTone.Positive,
        DisputeWorkflowV1.Decline or DisputeWorkflowV1.UpholdRefusal => ActionTone.Negative,
        _ => base.ToneOf(trigger),
    };
}
