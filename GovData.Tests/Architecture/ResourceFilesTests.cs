using System.Xml.Linq;
using GovData.Tests.Support;

namespace GovData.Tests.Architecture;

/// <summary>Every UI text exists once per language: no key twice in a file (the later one silently wins), and the
/// Chinese (neutral) and English files of a feature have the same keys.</summary>
public sealed class ResourceFilesTests
{
    private static readonly string LocalizationFolder = Path.Combine(RepositoryPaths.Root, "GovData.Web", "Localization");

    [Fact]
    public void NoResourceFile_HasAKeyTwice()
    {
        var duplicates = Directory.EnumerateFiles(LocalizationFolder, "*.resx")
            .SelectMany(file => Keys(file).GroupBy(k => k).Where(g => g.Count() > 1).Select(g => $"{Path.GetFileName(file)}: {g.Key}"))
            .ToList();

        Assert.True(duplicates.Count == 0, "Duplicate keys: " + string.Join("; ", duplicates));
    }

    [Fact]
    public void ChineseAndEnglishFiles_HaveTheSameKeys()
    {
        var neutral = Directory.EnumerateFiles(LocalizationFolder, "*.resx").Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal)).ToList();
        Assert.True(neutral.Count > 5);
        var differences = new List<string>();
        foreach (var file in neutral)
        {
            var english = file[..^".resx".Length] + ".en.resx";
            Assert.True(File.Exists(english), "No English file for " + Path.GetFileName(file));
            var zh = Keys(file).ToHashSet(StringComparer.Ordinal);
            var en = Keys(english).ToHashSet(StringComparer.Ordinal);
            differences.AddRange(zh.Except(en).Select(k => $"{Path.GetFileName(file)}: {k} has no English text"));
            differences.AddRange(en.Except(zh).Select(k => $"{Path.GetFileName(english)}: {k} has no Chinese text"));
        }

        Assert.True(differences.Count == 0, string.Join("; ", differences));
    }

    private static IEnumerable<string> Keys(string file) =>
        XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!);
}
