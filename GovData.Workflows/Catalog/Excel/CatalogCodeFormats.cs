using System.Text.RegularExpressions;

namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// The shape checks of codes in a workbook cell (fields.md). Deliberately only the format: the ClassCode and
/// ResourceCode value objects of the model own the real parsing and the rules between the parts.
/// </summary>
internal static partial class CatalogCodeFormats
{
    public static bool IsClassCode(string text) => ClassCodePattern().IsMatch(text);

    public static bool IsResourceCode(string text) => ResourceCodePattern().IsMatch(text);

    public static bool IsProviderCode(string text) => ProviderCodePattern().IsMatch(text);

    public static bool IsEnglishName(string text) => EnglishNamePattern().IsMatch(text);

    /// <summary>关联资源代码: codes separated by ；, ;, or new lines.</summary>
    public static string[] SplitCodeList(string text) =>
        text.Split(['；', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"^[1-3]\.\d{2}\.\d{3}(\.\d{3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ClassCodePattern();

    [GeneratedRegex(@"^[1-3]\.\d{2}\.\d{3}(\.\d{3})?/[A-Z0-9]+-\d{4,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex ResourceCodePattern();

    [GeneratedRegex(@"^[A-Z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ProviderCodePattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishNamePattern();
}
