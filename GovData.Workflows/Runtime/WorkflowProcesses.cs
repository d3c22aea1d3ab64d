using GovData.Workflows.Deadlines;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Workflows.Runtime;

/// <summary>
/// The registered process modules, checked when first built (the app resolves it at start-up, so a broken module
/// stops the start): every registered definition belongs to a module of its name, every module has a published
/// definition, a handler, a summary, argument options, an escalation ladder, a text resource and a subject route of the
/// right kinds, and the arguments its triggers take are the ones it declares. The runtime finds a process's pieces
/// here, by the instance's definition name — never by naming a process.
/// </summary>
public sealed class WorkflowProcesses
{
    private readonly Dictionary<string, WorkflowProcess> _byName;
    private readonly IServiceProvider _services;

    public WorkflowProcesses(IEnumerable<WorkflowProcess> processes, WorkflowRegistry registry, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(registry);
        All = [.. processes];
        _services = services;
        var problems = Validate(All, registry);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Workflow processes are incomplete:\n" + string.Join("\n", problems));
        }

        _byName = All.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<WorkflowProcess> All { get; }

    public WorkflowProcess Get(string name) =>
        _byName.TryGetValue(name, out var process) ? process : throw new KeyNotFoundException($"No workflow process {name}.");

    public WorkflowProcess? Find(string name) => _byName.GetValueOrDefault(name);

    public IWorkflowSubjectHandler Handler(string name) => _services.GetRequiredKeyedService<IWorkflowSubjectHandler>(Get(name).Name);

    public IWorkflowSubjectSummary Summary(string name) => _services.GetRequiredKeyedService<IWorkflowSubjectSummary>(Get(name).Name);

    public IWorkflowArgumentOptions Options(string name) => _services.GetRequiredKeyedService<IWorkflowArgumentOptions>(Get(name).Name);

    /// <summary>What is wrong with the modules (empty: nothing).</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<WorkflowProcess> processes, WorkflowRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(processes);
        ArgumentNullException.ThrowIfNull(registry);
        var problems = new List<string>();
        foreach (var twice in processes.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"Process {twice.Key} is registered twice.");
        }

        foreach (var definition in registry.All.Where(d => !processes.Any(p => p.Name == d.Name && p.Definitions.Contains(d))))
        {
            problems.Add($"Definition {definition.Key} is registered without a process module (use AddWorkflowProcess).");
        }

        foreach (var process in processes)
        {
            problems.AddRange(ValidateOne(process));
        }

        return problems;
    }

    private static IEnumerable<string> ValidateOne(WorkflowProcess process)
    {
        var name = process.Name;
        if (string.IsNullOrWhiteSpace(name))
        {
            yield return $"{process.GetType().Name}: no name.";
            yield break;
        }

        if (string.IsNullOrWhiteSpace(process.SubjectType))
        {
            yield return $"{name}: no subject type.";
        }

        if (process.Definitions.Count == 0 || !process.Definitions.Any(d => d.Published))
        {
            yield return $"{name}: no published definition.";
        }

        foreach (var definition in process.Definitions.Where(d => d.Name != name))
        {
            yield return $"{name}: lists {definition.Key}, a definition of another process (or of none).";
        }

        foreach (var (piece, type, contract) in new[]
        {
            ("subject handler", process.SubjectHandler, typeof(IWorkflowSubjectHandler)),
            ("summary", process.Summary, typeof(IWorkflowSubjectSummary)),
            ("argument options", process.ArgumentOptions, typeof(IWorkflowArgumentOptions)),
        })
        {
            if (type is null || !contract.IsAssignableFrom(type) || type.IsAbstract)
            {
                yield return $"{name}: the {piece} must be a class implementing {contract.Name}.";
            }
        }

        if (process.Escalation is null || process.Escalation.Count == 0 || process.Escalation.Any(s => s.AfterWorkingDays < 0 || !Enum.IsDefined(s.Recipient)))
        {
            yield return $"{name}: no valid escalation ladder.";
        }

        if (string.IsNullOrWhiteSpace(process.TextResource))
        {
            yield return $"{name}: no text resource.";
        }

        if (string.IsNullOrWhiteSpace(process.SubjectRoute) || !process.SubjectRoute.StartsWith('/') || !process.SubjectRoute.Contains("{0}", StringComparison.Ordinal))
        {
            yield return $"{name}: the subject route must be a path with {{0}} for the id.";
        }

        var declared = (process.Arguments ?? []).Select(a => a.Spec).Concat(BureauArguments.All.Select(a => a.Spec)).ToHashSet();
        foreach (var definition in process.Definitions.Where(d => d.Name == name))
        {
            WorkflowShape shape;
            string? broken = null;
            try
            {
                shape = definition.Shape;
            }
            catch (InvalidOperationException error)
            {
                shape = null!;
                broken = $"{definition.Key}: {error.Message}";
            }

            if (broken is not null)
            {
                yield return broken;
                continue;
            }

            foreach (var argument in shape.Triggers.SelectMany(t => t.Arguments).Distinct().Where(a => !declared.Contains(a)))
            {
                yield return $"{definition.Key}: argument {argument} is not declared in the process's Arguments.";
            }
        }
    }
}
