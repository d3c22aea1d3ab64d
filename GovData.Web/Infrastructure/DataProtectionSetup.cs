using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;

namespace GovData.Web.Infrastructure;

/// <summary>
/// The keys that sign the sign-in cookie and antiforgery tokens live in the data folder (next to the SQLite database,
/// <c>data/keys</c> by default) instead of memory, so users stay signed in across a restart of the app.
/// </summary>
internal static class DataProtectionSetup
{
    public const string ApplicationName = "GovData";
    public const string KeysFolderName = "keys";

    public static IServiceCollection AddGovDataDataProtection(this IServiceCollection services, IConfiguration configuration, string settingsRoot)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToFileSystem(new DirectoryInfo(KeysDirectory(configuration, settingsRoot)));
        return services;
    }

    /// <summary>The folder of the SQLite database plus <c>keys</c>; with SQL Server, <c>data/keys</c> under the settings folder.</summary>
    public static string KeysDirectory(IConfiguration configuration, string settingsRoot)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(PersistenceServiceCollectionExtensions.ConnectionStringName);
        var dataFolder = Path.Combine(settingsRoot, "data");
        if (database.Provider == DatabaseProvider.Sqlite && connectionString is not null)
        {
            var file = new SqliteConnectionStringBuilder(
                PersistenceServiceCollectionExtensions.ResolveSqliteConnectionString(connectionString, settingsRoot)).DataSource;
            if (Path.IsPathRooted(file))
            {
                dataFolder = Path.GetDirectoryName(file)!;
            }
        }

        var keys = Path.Combine(dataFolder, KeysFolderName);
        Directory.CreateDirectory(keys);
        return keys;
    }
}
