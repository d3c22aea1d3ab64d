using GovData.Workflows.Runtime;

namespace GovData.Workflows.Oversight.Orders;

/// <summary>The dialogs of an order's steps: a report is its text (the comment) and a send-back its comments, both required;
/// the report's evidence links are typed, one per line (no offer).</summary>
public sealed class RectificationOrderArgumentOptions : IWorkflowArgumentOptions
{
    public bool RequiresComment(TriggerSpec trigger) =>
        trigger?.Trigger is RectificationOrderWorkflowV1.SubmitReport or RectificationOrderWorkflowV1.SendBack;

    public Task<ArgumentOffer?> OfferAsync(ArgumentOptionsQuery query, CancellationToken cancellationToken) => Task.FromResult<ArgumentOffer?>(null);
}
