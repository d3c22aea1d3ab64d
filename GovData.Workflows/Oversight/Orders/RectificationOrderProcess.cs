using GovData.Workflows.Deadlines;
using GovData.Workflows.Runtime;

namespace GovData.Workflows.Oversight.Orders;

/// <summary>责令限期改正 as one module (decision 0025): the order, the handler that keeps its deadline and report, what the
/// instance page shows, and a ladder up the ordered department (its lead is the assignee; then the bureau's officers).</summary>
public sealed class RectificationOrderProcess : WorkflowProcess
{
    public override string Name => RectificationOrderWorkflowV1.DefinitionName;

    public override string SubjectType => IssueRectificationOrder.SubjectType;

    public override IReadOnlyList<WorkflowDefinition> Definitions { get; } = [new RectificationOrderWorkflowV1()];

    public override Type SubjectHandler => typeof(RectificationOrderSubjectHandler);

    public override Type Summary => typeof(RectificationOrderSummary);

    public override Type ArgumentOptions => typeof(RectificationOrderArgumentOptions);

    public override IReadOnlyList<WorkflowArgument> Arguments => RectificationOrderArguments.All;

    /// <summary>The bureau's officers the first working day after the due date (the criticism is drafted then too).</summary>
    public override IReadOnlyList<EscalationStep> Escalation { get; } =
        [new EscalationStep { Recipient = EscalationRecipient.BureauOfficers, AfterWorkingDays = 0 }];

    public override string TextResource => "OversightResource";

    public override string SubjectRoute => "/oversight/orders/{0}";

    public override ActionTone ToneOf(string trigger) => trigger switch
    {
        RectificationOrderWorkflowV1.Accept => ActionTone.Positive,
        RectificationOrderWorkflowV1.SendBack => ActionTone.Negative,
        _ => base.ToneOf(trigger),
    };
}
