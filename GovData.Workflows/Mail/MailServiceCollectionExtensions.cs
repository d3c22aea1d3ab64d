using GovData.Workflows.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovData.Workflows.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>The notification outbox (the web app replaces the text renderer with its resources) and the delivery job.</summary>
    public static IServiceCollection AddGovDataMail(this IServiceCollection services)
    {
        services.TryAddSingleton<IMailTextRenderer, KeyMailTextRenderer>();
        services.TryAddSingleton<NotificationHub>();
        services.TryAddSingleton<NotificationOutbox>();
        services.TryAddSingleton(sp => MailOptions.Read(sp.GetService<IConfiguration>()));
        services.TryAddTransient<DeliverOutboxEmails>();
        return services;
    }
}
