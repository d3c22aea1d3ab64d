using GovData.Workflows.Deadlines;
using GovData.Workflows.Runtime;

namespace GovData.Workflows.Catalog;

/// <summary>目录审核 as one module: V1 (running instances, all reviewed by the municipal bureau) and V2 (assigned to the
/// responsible bureau), the draft as subject, and a ladder inside the reviewing bureau — an overdue review is the
/// bureau's delay, not the submitting department's.</summary>
public sealed class CatalogReviewProcess : WorkflowProcess
{
    public override string Name => CatalogReviewWorkflowV1.DefinitionName;

    public override string SubjectType => SubmitCatalogDraft.SubjectType;

    public override IReadOnlyList<WorkflowDefinition> Definitions { get; } = [new CatalogReviewWorkflowV1(), new CatalogReviewWorkflowV2()];

    public override Type SubjectHandler => typeof(CatalogReviewSubjectHandler);

    public override Type Summary => typeof(CatalogReviewSummary);

    public override Type ArgumentOptions => typeof(CatalogReviewArgumentOptions);

    public override IReadOnlyList<WorkflowArgument> Arguments => CatalogReviewArguments.All;

    /// <summary>The lead of the reviewing bureau after 1, the municipal bureau's officers (who supervise the districts,
    /// Art. 5) after 3 working days overdue.</summary>
    public override IReadOnlyList<EscalationStep> Escalation { get; } =
    [
        new EscalationStep { Recipient = EscalationRecipient.AssigneeDepartmentLead, AfterWorkingDays = 1 },
        new EscalationStep { Recipient = EscalationRecipient.BureauOfficers, AfterWorkingDays = 3 },
    ];

    public override string TextResource => "CatalogResource";

    /// <summary>The summary links the entry's page in the catalog.</summary>
    public override string SubjectRoute => "/catalog/resources/{0}";

    public override ActionTone ToneOf(string trigger) => trigger switch
    {
        CatalogReviewWorkflowV1.Publish => ActionTone.Positive,
        CatalogReviewWorkflowV1.Return => ActionTone.Negative,
        _ => base.ToneOf(trigger),
    };
}
