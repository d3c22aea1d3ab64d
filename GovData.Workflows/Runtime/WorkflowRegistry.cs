namespace GovData.Workflows.Runtime;

/// <summary>
/// Every definition the app knows, by name and version. New instances take the latest published version; a running
/// instance keeps the version it started with (stored on it).
/// </summary>
public sealed class WorkflowRegistry
{
    private readonly Dictionary<string, WorkflowDefinition> _byKey;

    public WorkflowRegistry(IEnumerable<WorkflowDefinition> definitions)
    {
        All = [.. definitions.OrderBy(d => d.Name, StringComparer.Ordinal).ThenBy(d => d.Version)];
        var twice = All.GroupBy(d => d.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (twice.Count > 0)
        {
            throw new InvalidOperationException($"Definitions registered twice: {string.Join(", ", twice)}.");
        }

        _byKey = All.ToDictionary(d => d.Key, StringComparer.Ordinal);
    }

    public IReadOnlyList<WorkflowDefinition> All { get; }

    public WorkflowDefinition Get(string name, int version) =>
        _byKey.TryGetValue($"{name}/{version}", out var definition)
            ? definition
            : throw new KeyNotFoundException($"No workflow definition {name} v{version}.");

    /// <summary>The latest published version of <paramref name="name"/>, or null when none is published.</summary>
    public WorkflowDefinition? LatestPublished(string name) =>
        All.Where(d => d.Name == name && d.Published).MaxBy(d => d.Version);
}
