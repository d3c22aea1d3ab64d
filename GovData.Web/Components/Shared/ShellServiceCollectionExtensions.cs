using GovData.Web.Components.Account;
using GovData.Web.Components.Pages.Notifications;
using Microsoft.AspNetCore.Identity;

namespace GovData.Web.Components.Shared;

internal static class ShellServiceCollectionExtensions
{
    /// <summary>The shell's own services. Call after AddGovDataIdentity: it replaces Identity's English error texts.</summary>
    public static IServiceCollection AddGovDataShell(this IServiceCollection services)
    {
        services.AddScoped<NotificationEvents>();
        services.AddScoped<IdentityErrorDescriber, LocalizedIdentityErrorDescriber>();
        return services;
    }
}
