using Microsoft.Extensions.DependencyInjection;

namespace GovData.Workflows.Runtime;

public static class WorkflowProcessServiceCollectionExtensions
{
    /// <summary>
    /// Registers one process module: its definitions (every version it lists), its subject handler, summary and argument
    /// options (keyed by the process name), and the module itself. <see cref="WorkflowProcesses"/> checks it is complete.
    /// </summary>
    public static IServiceCollection AddWorkflowProcess<TProcess>(this IServiceCollection services)
        where TProcess : WorkflowProcess, new() => services.AddWorkflowProcess(new TProcess());

    public static IServiceCollection AddWorkflowProcess(this IServiceCollection services, WorkflowProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        services.AddSingleton(process);
        foreach (var definition in process.Definitions)
        {
            services.AddSingleton(definition);
        }

        // A missing piece is reported by WorkflowProcesses (with the process's name), not by a null here.
        if (process.SubjectHandler is { } handler && typeof(IWorkflowSubjectHandler).IsAssignableFrom(handler))
        {
            services.AddKeyedTransient(typeof(IWorkflowSubjectHandler), process.Name, handler);
        }

        if (process.Summary is { } summary && typeof(IWorkflowSubjectSummary).IsAssignableFrom(summary))
        {
            services.AddKeyedTransient(typeof(IWorkflowSubjectSummary), process.Name, summary);
        }

        if (process.ArgumentOptions is { } options && typeof(IWorkflowArgumentOptions).IsAssignableFrom(options))
        {
            services.AddKeyedTransient(typeof(IWorkflowArgumentOptions), process.Name, options);
        }

        return services;
    }
}
