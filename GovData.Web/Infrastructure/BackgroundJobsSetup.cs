using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;

namespace GovData.Web.Infrastructure;

/// <summary>Hangfire: storage follows the database provider; the dashboard at /jobs is for SystemAdmin only.</summary>
internal static class BackgroundJobsSetup
{
    public const string DashboardPath = "/jobs";

    public static IServiceCollection AddGovDataJobs(this IServiceCollection services, IConfiguration configuration, string settingsRoot)
    {
        var jobs = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(jobs);
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            var connectionString = configuration.GetConnectionString(PersistenceServiceCollectionExtensions.ConnectionStringName);
            if (database.Provider == DatabaseProvider.SqlServer)
            {
                config.UseSqlServerStorage(connectionString);
            }
            else if (database.Provider == DatabaseProvider.PostgreSql)
            {
                // Its own schema ("hangfire") in the application's database, created at start; every node's server
                // shares it, and a job is fetched by one of them (decision 0030).
                config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions
                {
                    PrepareSchemaIfNecessary = true,
                });
            }
            else
            {
                var path = Path.IsPathRooted(jobs.SqliteStoragePath)
                    ? jobs.SqliteStoragePath
                    : Path.GetFullPath(Path.Combine(settingsRoot, jobs.SqliteStoragePath));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                config.UseSQLiteStorage(path, new SQLiteStorageOptions());
            }
        });

        if (jobs.Enabled)
        {
            services.AddHangfireServer(o => o.WorkerCount = Math.Max(1, jobs.WorkerCount));
        }

        return services;
    }

    public static TimeZoneInfo TimeZone(this JobsOptions options) =>
        options.TimeZone == ChinaTime.ZoneId ? ChinaTime.Zone : TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);

    public static WebApplication MapGovDataJobsDashboard(this WebApplication app)
    {
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new SystemAdminDashboardFilter()],
            DashboardTitle = "GovData 后台任务",
            AppPath = "/",
            // The footer would show the storage's connection string: the server's database path.
            DisplayStorageConnectionString = false,
        });
        return app;
    }

    /// <summary>Hangfire's default allows local requests only; we allow signed-in SystemAdmins only.</summary>
    private sealed class SystemAdminDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var user = context.GetHttpContext().User;
            return user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.SystemAdmin);
        }
    }
}
