using GovData.Workflows.Deadlines;
using GovData.Workflows.Runtime;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>数据开放申请 as one module: the definition, its subject (an open-data application), the handler that records
/// decisions and issues the written reply, what the approver sees, the dialog's choices, and the escalation ladder.</summary>
public sealed class OpenDataApplicationProcess : WorkflowProcess
{
    public override string Name => OpenDataApplicationWorkflowV1.DefinitionName;

    public override string SubjectType => SubmitOpenDataApplication.SubjectType;

    public override IReadOnlyList<WorkflowDefinition> Definitions { get; } = [new OpenDataApplicationWorkflowV1()];

    public override Type SubjectHandler => typeof(OpenDataApplicationSubjectHandler);

    public override Type Summary => typeof(OpenDataApplicationSummary);

    public override Type ArgumentOptions => typeof(OpenDataApplicationArgumentOptions);

    public override IReadOnlyList<WorkflowArgument> Arguments => OpenDataApplicationArguments.All;

    /// <summary>The provider's approvers after 1, its lead after 3, the bureau's officers after 5 working days overdue.</summary>
    public override IReadOnlyList<EscalationStep> Escalation => EscalationSettings.Default().Steps;

    public override string TextResource => "OpenDataApplicationResource";

    /// <summary>The summary links the entry's page in the open catalog.</summary>
    public override string SubjectRoute => "/portal/apply/{0}";

    public override ActionTone ToneOf(string trigger) => trigger switch
    {
        OpenDataApplicationWorkflowV1.Grant or OpenDataApplicationWorkflowV1.PartlyGrant => ActionTone.Positive,
        OpenDataApplicationWorkflowV1.Refuse or OpenDataApplicationWorkflowV1.Lapse => ActionTone.Negative,
        _ => base.ToneOf(trigger),
    };
}
