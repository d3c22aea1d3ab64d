using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace GovData.Web.Infrastructure;

/// <summary>
/// zh-CN first: the UI is Chinese until the user picks English with the language switch (a cookie). Only the JSON API
/// follows the request's Accept-Language, so machine clients get messages in their own language.
/// </summary>
internal static class LocalizationSetup
{
    public const string DefaultCulture = "zh-CN";
    public const string EnglishCulture = "en";

    public static IReadOnlyList<CultureInfo> SupportedCultures { get; } =
        [CultureInfo.GetCultureInfo(DefaultCulture), CultureInfo.GetCultureInfo(EnglishCulture)];

    public static IServiceCollection AddGovDataLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<Localization.WorkflowLocalizers>();
        services.AddSingleton<GovData.Workflows.Disputes.IDisputeDecisionTexts, Localization.DisputeDecisionTexts>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(DefaultCulture);
            options.SupportedCultures = [.. SupportedCultures];
            options.SupportedUICultures = [.. SupportedCultures];
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new ApiAcceptLanguageProvider(),
            ];
        });
        return services;
    }

    private sealed class ApiAcceptLanguageProvider : RequestCultureProvider
    {
        private readonly AcceptLanguageHeaderRequestCultureProvider _inner = new();

        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            httpContext.Request.Path.StartsWithSegments("/api")
                ? _inner.DetermineProviderCultureResult(httpContext)
                : NullProviderCultureResult;
    }
}
