using GovData.Workflows.Deadlines;
using GovData.Workflows.Runtime;

namespace GovData.Workflows.Sharing;

/// <summary>共享申请 as one module: the definition, its subject (a share request), the handler that issues the grant,
/// what the approver sees, the dialog's choices, and an escalation ladder up the provider (it is the provider's delay).</summary>
public sealed class ShareRequestProcess : WorkflowProcess
{
    public override string Name => ShareRequestWorkflowV1.DefinitionName;

    public override string SubjectType => SubmitShareRequest.SubjectType;

    public override IReadOnlyList<WorkflowDefinition> Definitions { get; } = [new ShareRequestWorkflowV1()];

    public override Type SubjectHandler => typeof(ShareRequestSubjectHandler);

    public override Type Summary => typeof(ShareRequestSummary);

    public override Type ArgumentOptions => typeof(ShareRequestArgumentOptions);

    public override IReadOnlyList<WorkflowArgument> Arguments => ShareRequestArguments.All;

    /// <summary>The provider's approvers after 1, its lead after 3, the bureau's officers after 5 working days overdue.</summary>
    public override IReadOnlyList<EscalationStep> Escalation => EscalationSettings.Default().Steps;

    public override string TextResource => "SharingResource";

    /// <summary>The summary links the requested resource's page in the sharing catalog.</summary>
    public override string SubjectRoute => "/sharing/catalog/{0}";

    public override ActionTone ToneOf(string trigger) => trigger switch
    {
        ShareRequestWorkflowV1.Approve => ActionTone.Positive,
        ShareRequestWorkflowV1.Refuse => ActionTone.Negative,
        _ => base.ToneOf(trigger),
    };
}
