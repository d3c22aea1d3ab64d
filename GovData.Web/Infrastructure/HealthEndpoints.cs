using GovData.Workflows.Nodes;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovData.Web.Infrastructure;

/// <summary>
/// For a load balancer (decision 0031): <c>/health/live</c> answers while the process runs; <c>/health/ready</c>
/// checks the database (Unhealthy, 503) and, when configured, Redis (Degraded, still 200: without Redis a node
/// serves everything but live bells of other nodes). Anonymous; the body is the status word only.
/// </summary>
internal static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddGovDataHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        var redis = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        if (redis.Enabled)
        {
            checks.AddCheck<RedisHealthCheck>("redis", failureStatus: HealthStatus.Degraded, tags: [ReadyTag]);
        }

        return services;
    }

    public static WebApplication MapGovDataHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableHttpMetrics();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) }).AllowAnonymous().DisableHttpMetrics();
        return app;
    }

    /// <summary>The database answers a query (the connection string and error stay in the log, not in the answer).</summary>
    internal sealed class DatabaseHealthCheck(IDbContextFactory<GovDataDbContext> factory, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                // A query, not CanConnect: SQLite "connects" to a file that lost its tables.
                await db.Set<GovData.Domain.Workflows.WorkflowInstance>().AsNoTracking().AnyAsync(timeout.Token);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogWarning(e, "Readiness: the database does not answer.");
                return new HealthCheckResult(context.Registration.FailureStatus);
            }
        }
    }

    /// <summary>The node's Redis connection is up.</summary>
    internal sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var multiplexer = await connection.ConnectAsync();
            return multiplexer.IsConnected ? HealthCheckResult.Healthy() : new HealthCheckResult(context.Registration.FailureStatus);
        }
    }
}
