using System.Globalization;
using GovData.Domain.Integration;
using GovData.Domain.Time;
using GovData.Web.Localization;
using GovData.Workflows.Integration;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Catalog;

/// <summary>Texts and colours of the API keys page and the catalog API (IntegrationResource).</summary>
public static class ApiKeysText
{
    /// <summary>Who opens the page: the department's CatalogManager, and the SystemAdmin (list and revoke all).</summary>
    public const string ManagerRoles = Domain.Identity.Roles.CatalogManager + "," + Domain.Identity.Roles.SystemAdmin;

    public static string Format(this IStringLocalizer<IntegrationResource> text, string key, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, text[key].Value, arguments);

    public static string Message(this IStringLocalizer<IntegrationResource> text, IntegrationResult result) =>
        result.ErrorKey is null ? string.Empty : text.Format(result.ErrorKey, [.. result.Arguments]);

    public static string Status(this IStringLocalizer<IntegrationResource> text, ApiKeyStatus status) => text[$"Status.{status}"];

    /// <summary>A key chosen to work "until" a China date works through that whole day.</summary>
    public static DateTime ExpiryInstant(DateOnly lastDay) =>
        TimeZoneInfo.ConvertTimeToUtc(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Zone);

    /// <summary>The last China date on which a key expiring at <paramref name="expiresAtUtc"/> works.</summary>
    public static DateOnly LastValidDay(DateTime expiresAtUtc) =>
        DateOnly.FromDateTime(ChinaTime.ToChinaTime(expiresAtUtc.AddTicks(-1)));

    public static Color StatusColor(ApiKeyStatus status) => status switch
    {
        ApiKeyStatus.Active => Color.Success,
        ApiKeyStatus.Expired => Color.Warning,
        _ => Color.Default,
    };
}
