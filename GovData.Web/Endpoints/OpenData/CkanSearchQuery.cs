using System.Globalization;
using System.Text.RegularExpressions;
using GovData.Workflows.OpenData.Portal;

namespace GovData.Web.Endpoints.OpenData;

/// <summary>
/// package_search's <c>fq</c> and <c>sort</c> as harvesters send them (decision 0038), read into the open catalog's
/// filter and order. Supported in fq: <c>organization:code</c> (several = any of; <c>-organization:</c> excludes),
/// <c>metadata_modified:[from TO to]</c> (ISO 8601 or <c>*</c>, inclusive), and CKAN's own terms
/// <c>dataset_type:dataset</c>, <c>state:active</c>, <c>capacity:public</c>, <c>*:*</c> (true of every open entry; any
/// other value of them matches nothing). <c>+</c>, <c>AND</c>, <c>OR</c> and parentheses around those are accepted.
/// Any other term is a "Search Query Error" naming it, never silently dropped: a harvester that thinks it filtered
/// must not import everything. Sort: the first clause that is not <c>score</c>, one of name, title_string, id,
/// metadata_modified, metadata_created, with asc or desc.
/// </summary>
public static partial class CkanSearchQuery
{
    public const string DefaultSort = "name asc";

    /// <summary>Sortable fields; score (relevance) ranks all equal here, so the next clause decides.</summary>
    private static readonly Dictionary<string, OpenCatalogOrder?> SortFields = new(StringComparer.Ordinal)
    {
        ["score"] = null,
        ["name"] = OpenCatalogOrder.Code,
        ["title_string"] = OpenCatalogOrder.Title,
        ["id"] = OpenCatalogOrder.Id,
        ["metadata_modified"] = OpenCatalogOrder.Modified,
        ["metadata_created"] = OpenCatalogOrder.Created,
    };

    public sealed record Parsed(OpenCatalogFilter? Filter, OpenCatalogOrder Order, bool Descending, string Sort);

    /// <summary>The filter and order, or the offending fq term / sort clause in <paramref name="refused"/>.</summary>
    public static Parsed? Parse(string? fq, string? sort, out string? refusedFq, out string? refusedSort)
    {
        refusedFq = null;
        refusedSort = null;
        var filter = string.IsNullOrWhiteSpace(fq) ? null : ParseFilter(fq, out refusedFq);
        var (order, descending, sortText) = ParseSort(sort, out refusedSort);
        return refusedFq is null && refusedSort is null ? new Parsed(filter, order, descending, sortText) : null;
    }

    private static OpenCatalogFilter? ParseFilter(string fq, out string? refused)
    {
        refused = null;
        var included = new List<string>();
        var excluded = new List<string>();
        DateTime? from = null;
        DateTime? to = null;
        var nothing = false;
        var text = fq.Replace('(', ' ').Replace(')', ' ');
        foreach (Match match in Term().Matches(text))
        {
            if (match.Value is "OR" or "AND" or "*:*")
            {
                continue;
            }

            var negated = match.Groups["sign"].Value == "-";
            var field = match.Groups["field"].Value;
            var value = match.Groups["value"].Value.Trim('"');
            switch (field)
            {
                case "organization" or "owner_org_name":
                    (negated ? excluded : included).Add(value);
                    break;
                case "metadata_modified" when !negated && Range(value) is { } range:
                    (from, to) = range;
                    break;
                case "dataset_type" or "state" or "capacity":
                    nothing |= negated == (value == field switch { "dataset_type" => "dataset", "state" => "active", _ => "public" });
                    break;
                default:
                    refused = match.Value;
                    return null;
            }
        }

        if (Term().Replace(text, " ") is { } rest && !string.IsNullOrWhiteSpace(rest))
        {
            refused = rest.Trim();
            return null;
        }

        return new OpenCatalogFilter(included, excluded, from, to, nothing);
    }

    private static (DateTime? From, DateTime? To)? Range(string value)
    {
        var match = RangeSyntax().Match(value);
        if (!match.Success)
        {
            return null;
        }

        DateTime? Bound(string text) => text == "*" ? null
            : DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) ? at : DateTime.MinValue;
        var (from, to) = (Bound(match.Groups["from"].Value), Bound(match.Groups["to"].Value));
        return from == DateTime.MinValue || to == DateTime.MinValue ? null : (from, to);
    }

    private static (OpenCatalogOrder Order, bool Descending, string Text) ParseSort(string? sort, out string? refused)
    {
        refused = null;
        foreach (var clause in (sort ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || parts[1].ToLowerInvariant() is not ("asc" or "desc"))
            {
                refused = clause;
                break;
            }

            if (!SortFields.TryGetValue(parts[0], out var order))
            {
                refused = clause;
                break;
            }

            if (order is { } chosen)
            {
                return (chosen, parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase), $"{parts[0]} {parts[1].ToLowerInvariant()}");
            }
        }

        return (OpenCatalogOrder.Code, false, DefaultSort);
    }

    [GeneratedRegex("""(?<sign>[+-]?)(?<field>[A-Za-z_]+):(?<value>\[[^\]]*\]|"[^"]*"|[^\s()]+)|\bOR\b|\bAND\b|\*:\*""")]
    private static partial Regex Term();

    [GeneratedRegex("""^\[\s*(?<from>\S+)\s+TO\s+(?<to>\S+)\s*\]$""")]
    private static partial Regex RangeSyntax();
}
