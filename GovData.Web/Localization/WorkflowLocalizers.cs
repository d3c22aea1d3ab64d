using GovData.Workflows.Runtime;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Localization;

/// <summary>
/// The text resource of each registered process (<see cref="WorkflowProcess.TextResource"/>, a resource class of this
/// folder), so the instance page words a process's rule errors without a hand-made list. Built once; a process naming
/// a resource that does not exist stops the start (the app resolves it at start-up).
/// </summary>
public sealed class WorkflowLocalizers
{
    private readonly Dictionary<string, IStringLocalizer> _byProcess;

    public WorkflowLocalizers(IStringLocalizerFactory factory, WorkflowProcesses processes)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(processes);
        _byProcess = new Dictionary<string, IStringLocalizer>(StringComparer.Ordinal);
        foreach (var process in processes.All)
        {
            var type = ResourceType(process.TextResource)
                ?? throw new InvalidOperationException(
                    $"Process {process.Name}: its text resource {process.TextResource} is not a class of {typeof(WorkflowResource).Namespace}.");
            _byProcess[process.Name] = factory.Create(type);
        }
    }

    /// <summary>The localizers to word a result of <paramref name="process"/>: its own first, then every other process's.</summary>
    public IStringLocalizer[] For(string process) =>
        [.. _byProcess.Where(p => p.Key == process).Concat(_byProcess.Where(p => p.Key != process)).Select(p => p.Value)];

    public static Type? ResourceType(string name) =>
        typeof(WorkflowResource).Assembly.GetType(typeof(WorkflowResource).Namespace + "." + name, throwOnError: false);
}
