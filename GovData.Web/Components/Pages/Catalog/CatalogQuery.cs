using System.Globalization;
using GovData.Domain.Resources;
using GovData.Workflows.Catalog;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace GovData.Web.Components.Pages.Catalog;

/// <summary>
/// The catalog filters in the URL query (?q=…&amp;dept=3&amp;share=Conditional&amp;stale=true), so that a link, a reload or the
/// back button restores them. Unknown or malformed values are ignored rather than refused: a URL is user input.
/// </summary>
public static class CatalogQuery
{
    public const string Text = "q";
    public const string Department = "dept";
    public const string Class = "class";
    public const string Theme = "theme";
    public const string Share = "share";
    public const string Open = "open";
    public const string Cycle = "cycle";
    public const string Status = "status";
    public const string Stale = "stale";

    /// <summary>The filters in <paramref name="uri"/> (paging and scope are not part of the URL).</summary>
    public static DataResourceFilter Parse(string uri)
    {
        var query = uri.IndexOf('?', StringComparison.Ordinal) is var at and >= 0 ? QueryHelpers.ParseQuery(uri[at..].Split('#')[0]) : [];
        string? Value(string key) => query.TryGetValue(key, out var values) && !StringValues.IsNullOrEmpty(values) ? values[^1] : null;
        return new DataResourceFilter(
            Text: string.IsNullOrWhiteSpace(Value(Text)) ? null : Value(Text)!.Trim(),
            ShareType: EnumOf<ShareType>(Value(Share)),
            OpenType: EnumOf<OpenType>(Value(Open)),
            Status: EnumOf<CatalogStatus>(Value(Status)),
            DepartmentId: int.TryParse(Value(Department), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null,
            CatalogClass: EnumOf<CatalogClass>(Value(Class)),
            Theme: EnumOf<Theme>(Value(Theme)),
            UpdateCycle: EnumOf<UpdateCycle>(Value(Cycle)),
            Stale: bool.TryParse(Value(Stale), out var stale) ? stale : null);
    }

    /// <summary>The current page's URL with <paramref name="filter"/> in its query (empty filters removed).</summary>
    public static string UriFor(NavigationManager navigation, DataResourceFilter filter)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        ArgumentNullException.ThrowIfNull(filter);
        return navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [Text] = string.IsNullOrWhiteSpace(filter.Text) ? null : filter.Text.Trim(),
            [Department] = filter.DepartmentId,
            [Class] = filter.CatalogClass?.ToString(),
            [Theme] = filter.Theme?.ToString(),
            [Share] = filter.ShareType?.ToString(),
            [Open] = filter.OpenType?.ToString(),
            [Cycle] = filter.UpdateCycle?.ToString(),
            [Status] = filter.Status?.ToString(),
            [Stale] = filter.Stale is { } stale ? (stale ? "true" : "false") : null,
        });
    }

    // Names only: Enum.TryParse would also accept numbers such as "7", which are not members.
    private static TEnum? EnumOf<TEnum>(string? value)
        where TEnum : struct, Enum =>
        value is not null && Enum.GetNames<TEnum>().Contains(value, StringComparer.OrdinalIgnoreCase) && Enum.TryParse<TEnum>(value, ignoreCase: true, out var member)
            ? member
            : null;
}
