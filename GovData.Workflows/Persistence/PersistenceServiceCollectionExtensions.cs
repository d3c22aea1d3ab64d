using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovData.Workflows.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    public const string ConnectionStringName = "GovData";

    /// <summary>
    /// Registers <see cref="IDbContextFactory{GovDataDbContext}"/> for the configured provider (one context per
    /// operation), plus a scoped context for ASP.NET Core Identity's stores only.
    /// </summary>
    public static IServiceCollection AddGovDataPersistence(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton(configuration.GetSection(Administration.BootstrapOptions.SectionName).Get<Administration.BootstrapOptions>()
            ?? new Administration.BootstrapOptions());
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not set.");

        if (options.Provider == DatabaseProvider.SqlServer)
        {
            services.AddDbContextFactory<SqlServerGovDataDbContext>(o => ConfigureSqlServer(o, connectionString));
            services.AddSingleton<IDbContextFactory<GovDataDbContext>>(sp =>
                new GovDataDbContextFactory<SqlServerGovDataDbContext>(sp.GetRequiredService<IDbContextFactory<SqlServerGovDataDbContext>>()));
        }
        else if (options.Provider == DatabaseProvider.PostgreSql)
        {
            services.AddDbContextFactory<PostgreSqlGovDataDbContext>(o => ConfigurePostgreSql(o, connectionString));
            services.AddSingleton<IDbContextFactory<GovDataDbContext>>(sp =>
                new GovDataDbContextFactory<PostgreSqlGovDataDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlGovDataDbContext>>()));
        }
        else
        {
            var sqlite = ResolveSqliteConnectionString(connectionString, contentRoot);
            services.AddDbContextFactory<SqliteGovDataDbContext>(o => ConfigureSqlite(o, sqlite, options.SqliteBusyTimeoutMilliseconds));
            services.AddSingleton<IDbContextFactory<GovDataDbContext>>(sp =>
                new GovDataDbContextFactory<SqliteGovDataDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteGovDataDbContext>>()));
        }

        // ASP.NET Core Identity's stores save users (sign-in counters, lockouts) as the system.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<GovDataDbContext>>().CreateDbContext()
            .Attribute(null, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DatabaseInitializer>();
        return services.AddGovDataUnitOfWork();
    }

    /// <summary>The one write primitive (<see cref="UnitOfWork"/>); every feature's registration adds it.</summary>
    public static IServiceCollection AddGovDataUnitOfWork(this IServiceCollection services)
    {
        services.TryAddSingleton<UnitOfWork>();
        return services;
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString, int busyTimeoutMilliseconds = 10_000) =>
        builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory"))
            .AddInterceptors(new SqlitePragmaInterceptor(busyTimeoutMilliseconds));

    public static void ConfigureSqlServer(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlServer(connectionString, o => o.EnableRetryOnFailure());

    public static void ConfigurePostgreSql(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.EnableRetryOnFailure());

    /// <summary>A relative SQLite path is taken from the content root, and its folder is created.</summary>
    public static string ResolveSqliteConnectionString(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (csb.DataSource != ":memory:" && !csb.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            var path = Path.IsPathRooted(csb.DataSource) ? csb.DataSource : Path.GetFullPath(Path.Combine(contentRoot, csb.DataSource));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            csb.DataSource = path;
        }

        csb.Pooling = true;
        return csb.ToString();
    }
}
