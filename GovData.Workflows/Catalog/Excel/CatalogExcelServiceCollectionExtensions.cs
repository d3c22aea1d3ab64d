using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovData.Workflows.Catalog.Excel;

public static class CatalogExcelServiceCollectionExtensions
{
    /// <summary>The catalog workbook: template, reader (limits overridable by registering a CatalogWorkbookLimits first), writer.</summary>
    public static IServiceCollection AddGovDataCatalogExcel(this IServiceCollection services)
    {
        services.TryAddSingleton(new CatalogWorkbookLimits());
        services.AddSingleton<ICatalogWorkbookReader, CatalogWorkbookReader>();
        services.AddSingleton<CatalogWorkbookWriter>();
        services.AddSingleton<CatalogWorkbookTemplate>();
        return services;
    }
}
