using GovData.Workflows.Oversight.Proposals;
using GovData.Workflows.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovData.Workflows.Oversight;

public static class OversightServiceCollectionExtensions
{
    /// <summary>Bureau oversight (Art. 34): violations found in the data and proposed to the bureau.</summary>
    public static IServiceCollection AddGovDataOversight(this IServiceCollection services)
    {
        services.AddGovDataUnitOfWork();
        services.TryAddSingleton(provider => ProposalSettings.From(provider.GetService<IConfiguration>()));
        services.AddViolationDetector<StaleCatalogDetector>();
        services.AddViolationDetector<LateShareReplyDetector>();
        services.AddScoped<ProposeRectifications>();
        return services;
    }

    /// <summary>Adds a detector to the daily proposal job (once, however often it is called).</summary>
    public static IServiceCollection AddViolationDetector<T>(this IServiceCollection services)
        where T : class, IViolationDetector
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IViolationDetector, T>());
        return services;
    }
}
