using GovData.Workflows.Calendar;
using GovData.Workflows.Inbox;
using GovData.Workflows.Mail;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime.Definitions;
using GovData.Workflows.Runtime.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Workflows.Runtime;

public static class RuntimeServiceCollectionExtensions
{
    /// <summary>The workflow runtime: definitions (one line per process version), registry and use cases.</summary>
    public static IServiceCollection AddGovDataWorkflowRuntime(this IServiceCollection services)
    {
        services.AddGovDataUnitOfWork();
        services.AddSingleton<WorkflowDefinition, ShareRequestWorkflowV1>();
        services.AddSingleton<WorkflowDefinition, Catalog.CatalogReviewWorkflowV1>();

        services.AddSingleton<WorkflowRegistry>();
        services.AddSingleton(sp => new WorkflowSettings(sp.GetService<IConfiguration>()));
        services.AddGovDataMail();
        services.AddTransient<WorkflowSteps>();
        services.AddTransient<StartWorkflow>();
        services.AddTransient<FireTrigger>();
        services.AddTransient<GetAvailableActions>();
        services.AddTransient<GetArgumentOptions>();
        services.AddTransient<IWorkflowArgumentOptions, BureauArgumentOptions>();
        services.AddTransient<GetWorkflowInstance>();
        services.AddTransient<GetInbox>();
        services.AddTransient<ICalendarChangeListener, RecomputeDeadlinesOnCalendarChange>();
        return services;
    }
}
