using GovData.Workflows.OpenData.Portal;
using GovData.Workflows.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Workflows.OpenData.Datasets;

public static class DatasetServiceCollectionExtensions
{
    /// <summary>Datasets behind open catalog entries (issue #11 §1): the store, upload, reading and the writers.</summary>
    public static IServiceCollection AddGovDataDatasets(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatasetOptions.SectionName).Get<DatasetOptions>() ?? new DatasetOptions();
        return services.AddGovDataDatasets(options, options.ResolvePath(DataDirectory(configuration, contentRoot)));
    }

    /// <summary>
    /// The data directory: the SQLite database's folder (so a test's or a second instance's temporary database gets its
    /// own store), else the content root's <c>data</c> folder; the store's default is its <c>datasets</c> subfolder.
    /// </summary>
    public static string DataDirectory(IConfiguration configuration, string contentRoot)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connection = configuration.GetConnectionString(PersistenceServiceCollectionExtensions.ConnectionStringName);
        if (database.Provider == DatabaseProvider.Sqlite && connection is not null)
        {
            var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource;
            if (source.Length > 0 && source != ":memory:" && !source.StartsWith("file:", StringComparison.Ordinal))
            {
                var path = Path.IsPathRooted(source) ? source : Path.GetFullPath(Path.Combine(contentRoot, source));
                return Path.GetDirectoryName(path)!;
            }
        }

        return Path.Combine(contentRoot, "data");
    }

    public static IServiceCollection AddGovDataDatasets(this IServiceCollection services, DatasetOptions options, string storePath)
    {
        services.AddGovDataUnitOfWork();
        services.AddSingleton(options);
        services.AddSingleton(sp => new DatasetStore(options, storePath, sp.GetService<TimeProvider>()));
        services.AddScoped<UploadDataset>();
        services.AddScoped<OpenDatasetRelease>();
        services.AddScoped<ListDatasetReleases>();
        services.AddScoped<DatasetDemoSeeder>();
        services.AddSingleton<IDatasetWriter, DatasetCsvWriter>();
        services.AddSingleton<IDatasetWriter, DatasetJsonWriter>();
        services.AddSingleton<IDatasetWriter, DatasetXlsxWriter>();
        services.AddSingleton<DatasetWriters>();
        services.AddGovDataOpenPortal();
        return services;
    }
}
