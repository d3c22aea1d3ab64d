using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;

namespace GovData.Web.Infrastructure;

/// <summary>
/// The keys that sign the sign-in cookie and antiforgery tokens outlive the process: in the data folder next to the
/// SQLite database (<c>data/keys</c> by default), or in the database (<c>DataProtection:Store=Database</c>, the
/// default on a server database) so that every node of several shares them (decision 0031). The application name is
/// fixed: nodes in different folders must not isolate their keys from each other.
/// </summary>
internal static class DataProtectionSetup
{
    public const string ApplicationName = "GovData";
    public const string KeysFolderName = "keys";
    public const string SectionName = "DataProtection";

    public static IServiceCollection AddGovDataDataProtection(this IServiceCollection services, IConfiguration configuration, string settingsRoot)
    {
        var builder = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (Store(configuration) == DataProtectionStore.Database)
        {
            builder.PersistKeysToDbContext<GovDataDbContext>();
        }
        else
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(KeysDirectory(configuration, settingsRoot)));
        }

        return services;
    }

    /// <summary><c>DataProtection:Store</c>; unset: the file system with SQLite, the database with a server database.</summary>
    public static DataProtectionStore Store(IConfiguration configuration)
    {
        var configured = configuration[$"{SectionName}:Store"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Enum.TryParse<DataProtectionStore>(configured, ignoreCase: true, out var store)
                ? store
                : throw new InvalidOperationException($"{SectionName}:Store must be Database or FileSystem, not '{configured}'.");
        }

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return database.Provider == DatabaseProvider.Sqlite ? DataProtectionStore.FileSystem : DataProtectionStore.Database;
    }

    /// <summary>The folder of the SQLite database plus <c>keys</c>; with a server database, <c>data/keys</c> under the settings folder.</summary>
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

/// <summary>Where the Data Protection keys live.</summary>
public enum DataProtectionStore
{
    FileSystem = 1,
    Database = 2,
}
