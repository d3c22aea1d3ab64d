using System.Globalization;
using GovData.Workflows.OpenData.Portal;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovData.Web.Endpoints.OpenData;

/// <summary>
/// The CKAN action API's answers are kept in memory for a few seconds (decision 0036): harvesters and client libraries
/// ask the same pages again and again, and each search counts and orders the whole open catalog. Only anonymous GETs
/// answered 200 are kept (ASP.NET Core's default output-cache rules: a signed-in request, an Authorization header or a
/// Set-Cookie answer is never cached), one copy per address, query and UI language. Downloads and DCAT pages are not
/// cached: a download is checked against its release each time, and DCAT pages are large and read once by a harvest.
/// When the open catalog changes (an entry published, republished, retired, a dataset released) the use case tells
/// <see cref="IOpenCatalogChanges"/> after its commit and every kept answer is dropped (tag <see cref="Tag"/>), so the
/// API never shows the catalog as it was before a change that has been made.
/// </summary>
public static class OpenCatalogCaching
{
    public const string Policy = "OpenCatalog";
    public const string Tag = "open-catalog";
    public const string SecondsSetting = "OpenData:ApiCacheSeconds";
    public const int DefaultSeconds = 10;

    public static IServiceCollection AddOpenCatalogCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue(SecondsSetting, DefaultSeconds);
        services.AddOutputCache(options =>
        {
            if (seconds > 0)
            {
                options.AddPolicy(Policy, policy => policy
                    .Expire(TimeSpan.FromSeconds(seconds))
                    .SetVaryByQuery("*")
                    .VaryByValue(http => new KeyValuePair<string, string>("culture", UiCulture(http)))
                    .Tag(Tag));
            }
            else
            {
                options.AddPolicy(Policy, policy => policy.NoCache());
            }
        });
        services.Replace(ServiceDescriptor.Singleton<IOpenCatalogChanges, EvictCachedOpenCatalog>());
        return services;
    }

    private sealed class EvictCachedOpenCatalog(IOutputCacheStore store, ILogger<EvictCachedOpenCatalog> log) : IOpenCatalogChanges
    {
        public async Task ChangedAsync()
        {
            try
            {
                await store.EvictByTagAsync(Tag, CancellationToken.None);
            }
            catch (Exception exception)
            {
                // The change is committed; a store that cannot evict only leaves answers until their expiry.
                log.LogWarning(exception, "The open catalog's cached API answers could not be evicted; they expire within {Seconds} s.", DefaultSeconds);
            }
        }
    }

    private static string UiCulture(HttpContext http) =>
        http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? CultureInfo.CurrentUICulture.Name;
}
