using System.Globalization;

namespace GovData.Domain.Sharing;

/// <summary>A set of data item ids stored as one ordered, comma-separated column ("3,5,8").</summary>
public static class ItemIds
{
    public static string Format(IEnumerable<int> ids) =>
        string.Join(',', ids.Distinct().Order().Select(i => i.ToString(CultureInfo.InvariantCulture)));

    public static IReadOnlyList<int> Parse(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
}
