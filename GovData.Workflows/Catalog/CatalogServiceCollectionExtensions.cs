using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Workflows.Catalog;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>Catalog management (Art. 10–16): drafts, the review process (one module), versions, retirement.</summary>
    public static IServiceCollection AddGovDataCatalog(this IServiceCollection services)
    {
        services.AddGovDataUnitOfWork();
        services.AddWorkflowProcess<CatalogReviewProcess>();
        services.AddScoped<SaveCatalogDraft>();
        services.AddScoped<SubmitCatalogDraft>();
        services.AddScoped<CheckCatalogDraft>();
        services.AddScoped<RetireCatalogEntry>();
        services.AddScoped<GetCatalogVersions>();
        services.AddScoped<GetCatalogVersionDiff>();
        services.AddScoped<ExportCatalog>();
        services.AddScoped<ImportCatalog>();
        services.AddScoped<SubmitImportedDrafts>();
        services.AddScoped<ListImportRecords>();
        services.AddScoped<ListStaleResources>();
        services.AddScoped<NotifyStaleCatalog>();
        services.AddScoped<GetCatalogDraft>();
        services.AddScoped<ListCatalogDrafts>();
        services.AddScoped<CatalogDemoSeeder>();
        return services;
    }
}
