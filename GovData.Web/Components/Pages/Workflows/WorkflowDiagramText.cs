using System.Text;
using System.Text.RegularExpressions;
using GovData.Web.Localization;
using GovData.Workflows.Runtime;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Components.Pages.Workflows;

/// <summary>The definition's Mermaid text in the user's language: each state gets its localized label, each edge its
/// trigger's name (instead of the code and the guard list Stateless writes). Edges from a state to itself (the bureau's
/// reassign and new deadline, which do not move the process) are left out: Mermaid draws them as cramped loops, and
/// they are offered as actions anyway.</summary>
public static partial class WorkflowDiagramText
{
    public static string Localize(WorkflowDiagram diagram, IStringLocalizer<WorkflowResource> l)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        var lines = diagram.Mermaid.Split('\n');
        var text = new StringBuilder(lines[0].TrimEnd()).Append('\n');
        foreach (var state in diagram.States)
        {
            text.Append("\tstate \"").Append(Quote(l.State(state.Name))).Append("\" as ").Append(state.Name).Append('\n');
        }

        foreach (var line in lines.Skip(1))
        {
            var edge = Edge().Match(line);
            if (edge.Success && edge.Groups["from"].Value == edge.Groups["to"].Value)
            {
                continue;
            }

            text.Append(edge.Success
                ? $"{edge.Groups["head"].Value} : {Quote(l.Trigger(edge.Groups["trigger"].Value))}"
                : line.TrimEnd()).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The diagram's transitions, each trigger once, in the order drawn: those that move the process, then those
    /// that keep it where it is (the bureau's reassign and new deadline), which the drawing leaves out.</summary>
    public static IReadOnlyList<(string Trigger, bool KeepsState)> Transitions(WorkflowDiagram diagram)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        var edges = diagram.Mermaid.Split('\n').Select(line => Edge().Match(line)).Where(m => m.Success)
            .Select(m => (Trigger: m.Groups["trigger"].Value, KeepsState: m.Groups["from"].Value == m.Groups["to"].Value))
            .ToList();
        var moving = edges.Where(e => !e.KeepsState).Select(e => e.Trigger).Distinct(StringComparer.Ordinal).ToList();
        return
        [
            .. moving.Select(t => (t, false)),
            .. edges.Where(e => e.KeepsState && !moving.Contains(e.Trigger)).Select(e => e.Trigger).Distinct(StringComparer.Ordinal).Select(t => (t, true)),
        ];
    }

    // Mermaid ends a label at a quote, colon or semicolon: keep labels plain.
    private static string Quote(string label) => label.Replace("\"", "'", StringComparison.Ordinal)
        .Replace(":", "：", StringComparison.Ordinal).Replace(";", "；", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<head>\s*(?<from>\S+) --> (?<to>\S+)) : (?<trigger>[A-Za-z0-9_]+)")]
    private static partial Regex Edge();
}
