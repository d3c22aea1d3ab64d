using System.Text.RegularExpressions;
using GovData.Tests.Support;

namespace GovData.Tests.Architecture;

/// <summary>Rules checked over the source files of the product (everything but the tests).</summary>
public sealed partial class SourceRulesTests
{
    private static readonly string[] ProductFolders = ["GovData.Domain", "GovData.Workflows", "GovData.Web", "GovData.Benchmarks"];

    [Fact]
    public void NoSourceReadsTheClock_ExceptThroughTimeProvider()
    {
        var offenders = Scan(["*.cs", "*.razor"], ClockPattern());
        Assert.True(offenders.Count == 0, "Inject TimeProvider instead of: " + string.Join("; ", offenders));
    }

    [Fact]
    public void RazorFiles_HaveNoChineseText_UiStringsComeFromResources()
    {
        var offenders = Scan(["*.razor"], ChinesePattern());
        Assert.True(offenders.Count == 0, "Move these texts into a .resx (neutral = zh-CN): " + string.Join("; ", offenders));
    }

    [Fact]
    public void Transactions_AreOpenedOnlyByTheUnitOfWork()
    {
        // Under SQL Server's EnableRetryOnFailure() a transaction opened anywhere else fails (decision 0018).
        var primitive = Path.Combine("GovData.Workflows", "Persistence", "UnitOfWork.cs");
        var offenders = Scan(["*.cs", "*.razor"], TransactionPattern())
            .Where(o => !o.StartsWith(primitive + ":", StringComparison.Ordinal) && !o.StartsWith("GovData.Benchmarks", StringComparison.Ordinal))
            .ToList();
        Assert.True(offenders.Count == 0, "Write through UnitOfWork instead of: " + string.Join("; ", offenders));
        Assert.NotEmpty(Scan(["UnitOfWork.cs"], TransactionPattern()));
    }

    [Fact]
    public void Scan_FindsTheProductSources()
    {
        // Guards the two tests above against passing because they looked at nothing.
        Assert.True(SourceFiles(["*.cs"]).Count() > 50);
        Assert.True(SourceFiles(["*.razor"]).Count() > 10);
    }

    private static List<string> Scan(string[] patterns, Regex regex) =>
        [.. SourceFiles(patterns).SelectMany(file => File.ReadLines(file)
            .Select((line, index) => (line, index))
            .Where(x => regex.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(RepositoryPaths.Root, file)}:{x.index + 1}: {x.line.Trim()}"))];

    private static IEnumerable<string> SourceFiles(string[] patterns) =>
        ProductFolders
            .Select(f => Path.Combine(RepositoryPaths.Root, f))
            .Where(Directory.Exists)
            .SelectMany(dir => patterns.SelectMany(p => Directory.EnumerateFiles(dir, p, SearchOption.AllDirectories)))
            .Where(path => !IsBuildOutput(path));

    private static bool IsBuildOutput(string path)
    {
        var parts = Path.GetRelativePath(RepositoryPaths.Root, path).Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }

    [GeneratedRegex(@"\bBeginTransaction(Async)?\s*\(|\bTransactionScope\b")]
    private static partial Regex TransactionPattern();

    [GeneratedRegex(@"\bDateTime(Offset)?\s*\.\s*(Utc)?Now\b")]
    private static partial Regex ClockPattern();

    // CJK ideographs, CJK punctuation and full-width forms.
    [GeneratedRegex(@"[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF]")]
    private static partial Regex ChinesePattern();
}
