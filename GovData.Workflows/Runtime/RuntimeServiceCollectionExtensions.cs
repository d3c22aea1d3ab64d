using GovData.Workflows.Calendar;
using GovData.Workflows.Inbox;
using GovData.Workflows.Mail;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Workflows.Runtime;

public static class RuntimeServiceCollectionExtensions
{
    /// <summary>The workflow runtime: registry, process modules (each feature adds its own with
    /// <see cref="WorkflowProcessServiceCollectionExtensions.AddWorkflowProcess{TProcess}"/>) and use cases. It names no
    /// process.</summary>
    public static IServiceCollection AddGovDataWorkflowRuntime(this IServiceCollection services)
    {
        services.AddGovDataUnitOfWork();
        services.AddSingleton<WorkflowRegistry>();
        services.AddSingleton<WorkflowProcesses>();
        services.AddTransient<BureauArgumentOptions>();
        services.AddSingleton(sp => new WorkflowSettings(sp.GetService<IConfiguration>()));
        services.AddGovDataMail();
        services.AddTransient<WorkflowSteps>();
        services.AddTransient<StartWorkflow>();
        services.AddTransient<FireTrigger>();
        services.AddTransient<GetAvailableActions>();
        services.AddTransient<GetArgumentOptions>();
        services.AddTransient<GetWorkflowInstance>();
        services.AddTransient<GetInbox>();
        services.AddTransient<ICalendarChangeListener, RecomputeDeadlinesOnCalendarChange>();
        return services;
    }
}
