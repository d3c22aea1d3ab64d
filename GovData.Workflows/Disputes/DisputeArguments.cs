using GovData.Workflows.Runtime;

namespace GovData.Workflows.Disputes;

/// <summary>The arguments of a dispute's decisions, declared once: the only file that writes their names.</summary>
public static class DisputeArguments
{
    /// <summary>OrderSharing / OrderPartly: the data items the provider must grant, one id per line.</summary>
    public static WorkflowArgument OrderedItems { get; } = WorkflowArgument.TextList("orderedItems");

    /// <summary>OrderSharing / OrderPartly: the purpose the ordered grant serves.</summary>
    public static WorkflowArgument Purpose { get; } = WorkflowArgument.Text("purpose");

    /// <summary>IssueGrant: the last day of the ordered grant (yyyy-MM-dd).</summary>
    public static WorkflowArgument ValidUntil { get; } = WorkflowArgument.Date("validUntil");

    public static IReadOnlyList<WorkflowArgument> All { get; } = [OrderedItems, Purpose, ValidUntil];
}
