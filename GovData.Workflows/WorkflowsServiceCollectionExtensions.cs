using GovData.Workflows.Audit;
using GovData.Workflows.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovData.Workflows;

public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>The use cases, seeders and jobs of the application layer.</summary>
    public static IServiceCollection AddGovDataWorkflows(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<CalendarSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<VerifyAuditChain>();
        services.AddScoped<SearchAuditLog>();
        services.AddScoped<GetLatestAuditVerification>();
        services.AddScoped<RecordSignInEvent>();
        services.AddScoped<NightlyAuditVerification>();
        return services;
    }
}
