using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Workflows.Sharing;

public static class SharingServiceCollectionExtensions
{
    /// <summary>Sharing (Art. 17–23): catalog, unconditional grants, share requests and their process handler.</summary>
    public static IServiceCollection AddGovDataSharing(this IServiceCollection services)
    {
        services.AddGovDataUnitOfWork();
        services.AddScoped<BrowseSharingCatalog>();
        services.AddScoped<GetSharingResource>();
        services.AddScoped<ListLegalBases>();
        services.AddScoped<RequestUnconditionalShare>();
        services.AddScoped<SubmitShareRequest>();
        services.AddScoped<ListMyRequests>();
        services.AddScoped<ShareGrantQuery>();
        services.AddScoped<ListDepartmentGrants>();
        services.AddScoped<ListIssuedGrants>();
        services.AddWorkflowProcess<ShareRequestProcess>();
        services.AddScoped<SharingDemoSeeder>();
        return services;
    }
}
