using GovData.Workflows.Runtime;

namespace GovData.Workflows.Catalog;

/// <summary>
/// The catalog review's decision dialog: a return must say what to change (the comment, which
/// <see cref="CatalogReviewSubjectHandler"/> also insists on and the editor shows to the department). No pickers.
/// </summary>
public sealed class CatalogReviewArgumentOptions : IWorkflowArgumentOptions
{
    public bool RequiresComment(TriggerSpec trigger) => trigger?.Trigger == CatalogReviewWorkflowV1.Return;

    public Task<ArgumentOffer?> OfferAsync(ArgumentOptionsQuery query, CancellationToken cancellationToken) => Task.FromResult<ArgumentOffer?>(null);
}
