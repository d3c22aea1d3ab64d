namespace GovData.Workflows.Runtime;

/// <summary>The runtime's own arguments (the bureau's Cancel, Reassign and SetDeadline), declared once.</summary>
public static class BureauArguments
{
    public static WorkflowArgument Reason { get; } = WorkflowArgument.Text("reason");

    public static WorkflowArgument DepartmentId { get; } = WorkflowArgument.Department("departmentId");

    public static WorkflowArgument Role { get; } = WorkflowArgument.Text("role", required: false);

    public static WorkflowArgument DueOn { get; } = WorkflowArgument.Date("dueOn");

    public static IReadOnlyList<WorkflowArgument> All { get; } = [Reason, DepartmentId, Role, DueOn];
}
