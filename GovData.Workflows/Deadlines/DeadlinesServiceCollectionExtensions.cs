using GovData.Workflows.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace GovData.Workflows.Deadlines;

public static class DeadlinesServiceCollectionExtensions
{
    /// <summary>The deadline sweep and its escalation ladders (read from configuration, again whenever it reloads: a
    /// ladder changed on the settings page applies to the next sweep).</summary>
    public static IServiceCollection AddGovDataDeadlines(this IServiceCollection services)
    {
        services.AddGovDataUnitOfWork();
        services.AddSingleton(sp =>
        {
            var configuration = sp.GetService<IConfiguration>();
            var processes = sp.GetRequiredService<Runtime.WorkflowProcesses>().All;
            var settings = EscalationSettings.From(configuration, processes);
            if (configuration is not null)
            {
                ChangeToken.OnChange(configuration.GetReloadToken, () => settings.Refresh(EscalationSettings.From(configuration, processes)));
            }

            return settings;
        });
        services.AddTransient<DeadlineSweep>();
        return services;
    }
}
