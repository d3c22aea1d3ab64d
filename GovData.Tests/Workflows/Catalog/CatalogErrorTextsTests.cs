using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using GovData.Domain.Resources;
using GovData.Web.Localization;
using GovData.Workflows.Catalog;

namespace GovData.Tests.Workflows.Catalog;

public sealed partial class CatalogErrorTextsTests
{
    [Fact]
    public void EveryCatalogErrorKey_HasChineseAndEnglish_WithTheSamePlaceholders()
    {
        var keys = typeof(CatalogErrors).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!).Append(SaveCatalogDraft.CodeFixed).ToList();
        var chinese = Entries(CultureInfo.InvariantCulture);
        var english = Entries(CultureInfo.GetCultureInfo("en"));

        var missing = keys.Where(k => !chinese.ContainsKey(k) || !english.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "Missing texts: " + string.Join(", ", missing));
        Assert.All(keys, k => Assert.Equal(Placeholders(chinese[k]), Placeholders(english[k])));
        Assert.All(keys, k => Assert.DoesNotMatch(ChinesePattern(), english[k]));
    }

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = new ResourceManager(typeof(CatalogResource)).GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static List<string> Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChinesePattern();
}
