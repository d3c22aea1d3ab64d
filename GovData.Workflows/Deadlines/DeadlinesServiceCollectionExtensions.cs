using GovData.Workflows.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Workflows.Deadlines;

public static class DeadlinesServiceCollectionExtensions
{
    /// <summary>The deadline sweep and its escalation ladder (read from configuration once).</summary>
    public static IServiceCollection AddGovDataDeadlines(this IServiceCollection services)
    {
        services.AddGovDataUnitOfWork();
        services.AddSingleton(sp => EscalationSettings.From(sp.GetService<IConfiguration>(), sp.GetRequiredService<Runtime.WorkflowProcesses>().All));
        services.AddTransient<DeadlineSweep>();
        return services;
    }
}
