using GovData.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Workflows.Integration;

public static class IntegrationServiceCollectionExtensions
{
    /// <summary>Department API keys (Art. 10, 13): create, revoke, list, and the check the catalog API runs.</summary>
    public static IServiceCollection AddGovDataIntegration(this IServiceCollection services)
    {
        services.AddGovDataUnitOfWork();
        services.AddScoped<CreateApiKey>();
        services.AddScoped<RevokeApiKey>();
        services.AddScoped<ListApiKeys>();
        services.AddScoped<AuthenticateApiKey>();
        return services;
    }
}
