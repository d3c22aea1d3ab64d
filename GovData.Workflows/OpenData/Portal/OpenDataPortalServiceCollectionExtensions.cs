using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovData.Workflows.OpenData.Portal;

public static class OpenDataPortalServiceCollectionExtensions
{
    /// <summary>The public portal's reads (issue #11 §2): search, overview, entry, the DCAT pages.</summary>
    public static IServiceCollection AddGovDataOpenPortal(this IServiceCollection services)
    {
        services.AddScoped<SearchOpenCatalog>();
        services.AddScoped<GetPortalOverview>();
        services.AddScoped<GetOpenEntry>();
        services.AddScoped<ListDcatDatasets>();
        services.TryAddSingleton<IOpenCatalogChanges, NoOpenCatalogCopies>();
        return services;
    }
}
