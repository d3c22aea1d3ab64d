using System.Text.RegularExpressions;
using GovData.Tests.Support;
using GovData.Workflows;
using GovData.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Architecture;

/// <summary>
/// A trigger argument's name is written once, in its process's <c>*Arguments.cs</c> (decision 0017): the definition,
/// handler, options, summary and seeders use the typed declaration. Process arguments are looked for in every product
/// source; the runtime's own (reason, role, ...) are common words, so only in the runtime, the process folders and the
/// workflow pages.
/// </summary>
public sealed class ProcessArgumentRulesTests
{
    private static readonly string[] ProductFolders = ["GovData.Domain", "GovData.Workflows", "GovData.Web"];

    private static readonly string[] RuntimeFolders =
        ["GovData.Workflows/Runtime", "GovData.Workflows/Sharing", "GovData.Workflows/Catalog", "GovData.Web/Components/Pages/Workflows"];

    [Fact]
    public void ArgumentNames_AreWrittenOnlyInTheirArgumentsFile()
    {
        var offenders = Offenders(ProcessArgumentNames(), ProductFolders)
            .Concat(Offenders(BureauArguments.All.Select(a => a.Name).ToList(), RuntimeFolders))
            .ToList();

        Assert.True(offenders.Count == 0, "Use the typed argument (its *Arguments.cs) instead of: " + string.Join("; ", offenders));
    }

    [Fact]
    public void TheRule_LooksAtTheProcesses_AndFindsALiteral()
    {
        // Guards the test above against passing because it looked at nothing.
        Assert.Contains("grantedItems", ProcessArgumentNames());
        Assert.Matches(Literal(["grantedItems"]), "var x = args[\"grantedItems\"];");
        Assert.DoesNotMatch(Literal(["grantedItems"]), "ShareRequestArguments.GrantedItems");
        Assert.True(SourceFiles(ProductFolders).Count() > 50);
    }

    private static List<string> ProcessArgumentNames()
    {
        var services = new ServiceCollection();
        services.AddGovDataWorkflows();
        using var provider = services.BuildServiceProvider();
        return [.. provider.GetServices<WorkflowProcess>().SelectMany(p => p.Arguments).Select(a => a.Name).Distinct()];
    }

    private static IEnumerable<string> Offenders(IReadOnlyList<string> names, string[] folders)
    {
        var literal = Literal(names);
        return SourceFiles(folders)
            .Where(file => !Path.GetFileName(file).EndsWith("Arguments.cs", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file)
                .Select((line, index) => (line, index))
                .Where(x => literal.IsMatch(x.line))
                .Select(x => $"{Path.GetRelativePath(RepositoryPaths.Root, file)}:{x.index + 1}: {x.line.Trim()}"));
    }

    private static Regex Literal(IEnumerable<string> names) =>
        new("\"(" + string.Join("|", names.Select(Regex.Escape)) + ")\"", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static IEnumerable<string> SourceFiles(string[] folders) =>
        folders
            .Select(f => Path.Combine(RepositoryPaths.Root, f))
            .Where(Directory.Exists)
            .SelectMany(dir => new[] { "*.cs", "*.razor" }.SelectMany(p => Directory.EnumerateFiles(dir, p, SearchOption.AllDirectories)))
            .Where(path => !Path.GetRelativePath(RepositoryPaths.Root, path).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));
}
