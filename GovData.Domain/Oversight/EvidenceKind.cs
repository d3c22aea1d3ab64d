namespace GovData.Domain.Oversight;

/// <summary>What an evidence link points at: a catalog entry, a workflow instance (a share request, a dispute…) or a grant.</summary>
public enum EvidenceKind
{
    CatalogEntry = 1,
    WorkflowInstance = 2,
    ShareGrant = 3,
}
