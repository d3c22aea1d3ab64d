using System.Text;
using GovData.Domain.Workflows;

namespace GovData.Workflows.Runtime;

public sealed record DiagramState(string Name, bool IsFinal, bool IsCurrent, bool IsVisited);

/// <summary>What the instance page draws: the definition's Mermaid text (from Stateless' graph export) with the
/// current and visited states styled, and the states as a list (for a legend or a text alternative).</summary>
public sealed record WorkflowDiagram(string Mermaid, IReadOnlyList<DiagramState> States)
{
    public const string CurrentClass = "current";
    public const string VisitedClass = "visited";

    public static WorkflowDiagram For(WorkflowDefinition definition, WorkflowInstance? instance = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var visited = instance?.Visited().ToHashSet(StringComparer.Ordinal) ?? [];
        var states = definition.Shape.States
            .Select(s => new DiagramState(s.Name, s.IsFinal, s.Name == instance?.State, visited.Contains(s.Name)))
            .ToList();

        // The blueprint starts in the initial state: Stateless draws "[*] -->" to the machine's current state.
        var text = new StringBuilder(WorkflowMachine.Blueprint(definition).Mermaid().TrimEnd());
        text.Append('\n');
        foreach (var state in states.Where(s => s.IsFinal))
        {
            text.Append('\t').Append(state.Name).Append(" --> [*]\n");
        }

        text.Append("classDef ").Append(VisitedClass).Append(" fill:#e3f2fd,stroke:#90caf9\n");
        text.Append("classDef ").Append(CurrentClass).Append(" fill:#1976d2,color:#fff,stroke:#0d47a1,stroke-width:2px\n");
        foreach (var state in states.Where(s => s.IsVisited && !s.IsCurrent))
        {
            text.Append("class ").Append(state.Name).Append(' ').Append(VisitedClass).Append('\n');
        }

        foreach (var state in states.Where(s => s.IsCurrent))
        {
            text.Append("class ").Append(state.Name).Append(' ').Append(CurrentClass).Append('\n');
        }

        return new WorkflowDiagram(text.ToString(), states);
    }
}
