using GovData.Workflows.Runtime;

namespace GovData.Workflows.Catalog;

/// <summary>The arguments of a catalog review's decisions: none — a return says what to change in its comment.</summary>
public static class CatalogReviewArguments
{
    public static IReadOnlyList<WorkflowArgument> All { get; } = [];
}
