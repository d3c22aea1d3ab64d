using System.Globalization;
using GovData.Domain.Catalog;
using GovData.Domain.Resources;
using GovData.Web.Components.Shared;
using GovData.Web.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Catalog;

/// <summary>Labels of the catalog's enumerations and fields for the browsing pages, one resource key each.</summary>
internal static class BrowseText
{
    /// <summary>Diff fields whose invariant value is an enum member name, by the enumeration that translates them.</summary>
    private static readonly Dictionary<string, Type> EnumFields = new(StringComparer.Ordinal)
    {
        [nameof(CatalogEntryContent.CatalogClass)] = typeof(CatalogClass),
        [nameof(CatalogEntryContent.Theme)] = typeof(Theme),
        [nameof(CatalogEntryContent.BaseResourceKind)] = typeof(BaseResourceKind),
        [nameof(CatalogEntryContent.PriorityDomain)] = typeof(PriorityDomain),
        [nameof(CatalogEntryContent.Format)] = typeof(ResourceFormat),
        [nameof(CatalogEntryContent.ShareType)] = typeof(ShareType),
        [nameof(CatalogEntryContent.ShareMethod)] = typeof(ShareMethod),
        [nameof(CatalogEntryContent.OpenType)] = typeof(OpenType),
        [nameof(CatalogEntryContent.UpdateCycle)] = typeof(UpdateCycle),
        [nameof(CatalogItemContent.DataType)] = typeof(DataItemType),
    };

    public static string Enum<TEnum>(this IStringLocalizer<CatalogBrowseResource> l, TEnum value)
        where TEnum : struct, Enum => l[$"Browse.Enum.{typeof(TEnum).Name}.{value}"];

    public static string Enum<TEnum>(this IStringLocalizer<CatalogBrowseResource> l, TEnum? value)
        where TEnum : struct, Enum => value is { } v ? l.Enum(v) : l["Browse.Empty"];

    public static string Field(this IStringLocalizer<CatalogBrowseResource> l, string field) => l[$"Browse.Field.{field}"];

    public static string ItemField(this IStringLocalizer<CatalogBrowseResource> l, string field) => l[$"Browse.Item.{field}"];

    public static string Date(this IStringLocalizer<CatalogBrowseResource> l, DateOnly? date) =>
        date is { } d ? DateDisplay.LongDate(d) : l["Browse.Empty"];

    public static string Text(this IStringLocalizer<CatalogBrowseResource> l, string? value) =>
        string.IsNullOrWhiteSpace(value) ? l["Browse.Empty"] : value;

    public static string YesNo(this IStringLocalizer<CatalogBrowseResource> l, bool value) => l[value ? "Browse.Yes" : "Browse.No"];

    /// <summary>A diff value (invariant: enum names, yyyy-MM-dd, "true"/"false") in the reader's language.</summary>
    public static string DiffValue(this IStringLocalizer<CatalogBrowseResource> l, string field, string? value)
    {
        if (value is null)
        {
            return l["Browse.Empty"];
        }

        if (EnumFields.TryGetValue(field, out var type))
        {
            return l[$"Browse.Enum.{type.Name}.{value}"];
        }

        if (field == nameof(CatalogItemContent.IsBaseItem))
        {
            return l.YesNo(value == "true");
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DateDisplay.LongDate(date)
            : value;
    }

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
