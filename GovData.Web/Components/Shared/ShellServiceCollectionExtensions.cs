using System.Text.Encodings.Web;
using System.Text.Unicode;
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

        // The default HTML encoder writes every Chinese character as an entity (&#x5DE5;, 8 bytes instead of 3):
        // let all scripts through unescaped; <, >, &, quotes are still encoded.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }
}
