namespace GovData.Domain.Catalog;

/// <summary>Where a draft stands in the review (CatalogReviewWorkflowV1 drives it).</summary>
public enum CatalogDraftStatus
{
    Editing = 1,
    Submitted = 2,
    Returned = 3,
    Published = 4,
    Discarded = 5,
}
