using GovData.Workflows.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovData.Workflows.Nodes;

public static class NodesServiceCollectionExtensions
{
    /// <summary>With <c>Redis:Configuration</c> set: the Redis connection and the bell's backplane (decision 0031).</summary>
    public static IServiceCollection AddGovDataNodes(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        services.AddSingleton(options);
        if (!options.Enabled)
        {
            return services;
        }

        services.TryAddSingleton<RedisConnection>();
        services.TryAddSingleton<RedisNotificationRelay>();
        services.TryAddSingleton<INotificationRelay>(sp => sp.GetRequiredService<RedisNotificationRelay>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisNotificationRelay>());
        return services;
    }
}
