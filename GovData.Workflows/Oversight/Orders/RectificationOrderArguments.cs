using GovData.Workflows.Runtime;

namespace GovData.Workflows.Oversight.Orders;

/// <summary>The arguments of a rectification order's steps, declared once: the only file that writes their names.</summary>
public static class RectificationOrderArguments
{
    /// <summary>SubmitReport: evidence of the correction, one link per line ("CatalogEntry:12"); may be empty.</summary>
    public static WorkflowArgument ReportEvidence { get; } = WorkflowArgument.TextList("reportEvidence", required: false);

    public static IReadOnlyList<WorkflowArgument> All { get; } = [ReportEvidence];
}
