using GovData.Workflows.Runtime;

namespace GovData.Workflows.Sharing;

/// <summary>The arguments of a share request's decisions, declared once: the only file that writes their names.</summary>
public static class ShareRequestArguments
{
    /// <summary>Approve: the granted data items, one id per line.</summary>
    public static WorkflowArgument GrantedItems { get; } = WorkflowArgument.TextList("grantedItems");

    /// <summary>Approve: the last day of the grant (yyyy-MM-dd).</summary>
    public static WorkflowArgument ValidUntil { get; } = WorkflowArgument.Date("validUntil");

    /// <summary>Refuse: the id of the legal basis in the register.</summary>
    public static WorkflowArgument LegalBasis { get; } = WorkflowArgument.Text("legalBasis");

    public static IReadOnlyList<WorkflowArgument> All { get; } = [GrantedItems, ValidUntil, LegalBasis];
}
