using GovData.Workflows.Runtime;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>The arguments of an open-data application's decisions, declared once: the only file that writes their names.</summary>
public static class OpenDataApplicationArguments
{
    /// <summary>Grant, PartlyGrant: the granted data item ids, one per line.</summary>
    public static WorkflowArgument GrantedItems { get; } = WorkflowArgument.TextList("grantedItems");

    /// <summary>Grant, PartlyGrant: the last day of the period of use (yyyy-MM-dd).</summary>
    public static WorkflowArgument UseUntil { get; } = WorkflowArgument.Date("useUntil");

    /// <summary>PartlyGrant, Refuse: the legal bases of the refusal, ids of the register, one per line.</summary>
    public static WorkflowArgument LegalBases { get; } = WorkflowArgument.TextList("legalBases");

    public static IReadOnlyList<WorkflowArgument> All { get; } = [GrantedItems, UseUntil, LegalBases];
}
