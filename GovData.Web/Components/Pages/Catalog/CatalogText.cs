using GovData.Domain.Resources;
using GovData.Web.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Catalog;

/// <summary>Labels and colours of the catalog's classifications, one resource key per enum value.</summary>
internal static class CatalogText
{
    public static string Label(this IStringLocalizer<CatalogResource> l, ShareType value) => l[$"ShareType.{value}"];

    public static string Label(this IStringLocalizer<CatalogResource> l, OpenType value) => l[$"OpenType.{value}"];

    public static string Label(this IStringLocalizer<CatalogResource> l, CatalogStatus value) => l[$"CatalogStatus.{value}"];

    public static Color StatusColor(CatalogStatus status) => status switch
    {
        CatalogStatus.Published => Color.Success,
        CatalogStatus.Draft => Color.Warning,
        _ => Color.Default,
    };

    public static Color ShareColor(ShareType share) => share switch
    {
        ShareType.Unconditional => Color.Success,
        ShareType.Conditional => Color.Info,
        _ => Color.Error,
    };
}
