using System.IO.Compression;
using System.Text.RegularExpressions;

namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// Rewrites the relationship targets of a finished package the way Excel writes them: relative to the source part's
/// folder (<c>xl/workbook.xml</c>, <c>worksheets/sheet1.xml</c>) instead of the packaging layer's absolute
/// <c>/xl/...</c>, which some common readers reject. Only the small .rels parts are rewritten.
/// </summary>
internal static partial class RelativeRelationshipTargets
{
    public static void Apply(Stream package)
    {
        package.Position = 0;
        using (var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                var marker = entry.FullName.LastIndexOf("_rels/", StringComparison.Ordinal);
                var folder = marker < 0 ? string.Empty : entry.FullName[..marker];
                string text;
                using (var reader = new StreamReader(entry.Open()))
                {
                    text = reader.ReadToEnd();
                }

                var rewritten = AbsoluteTarget().Replace(text, m => $"Target=\"{Relative(folder, m.Groups["path"].Value)}\"");
                if (rewritten == text)
                {
                    continue;
                }

                var name = entry.FullName;
                entry.Delete();
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open());
                writer.Write(rewritten);
            }
        }

        package.Position = 0;
    }

    /// <summary>The path of <paramref name="target"/> (from the package root) relative to <paramref name="folder"/> ("" or "xl/").</summary>
    internal static string Relative(string folder, string target)
    {
        var from = folder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = target.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        return string.Join('/', Enumerable.Repeat("..", from.Length - common).Concat(to.Skip(common)));
    }

    [GeneratedRegex("Target=\"/(?<path>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex AbsoluteTarget();
}
