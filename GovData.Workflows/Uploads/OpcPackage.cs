using System.IO.Compression;
using System.Xml;

namespace GovData.Workflows.Uploads;

/// <summary>
/// An uploaded Office Open XML package read the tolerant way other spreadsheet programs write it: parts are found by
/// relationship (relative or absolute targets, any case, percent-encoded), a relationship to a missing part or out of
/// the package (<c>../../x</c>) only matters when that part is needed, and every part is inflated through the request's
/// <see cref="InflationBudget"/>. Built on a seekable stream; the central directory is read, nothing is inflated
/// until a part is opened.
/// </summary>
public sealed class OpcPackage : IDisposable
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _parts = new(StringComparer.OrdinalIgnoreCase);
    private readonly InflationBudget _budget;

    /// <exception cref="InvalidDataException">The stream is not a zip archive.</exception>
    public OpcPackage(Stream seekable, InflationBudget budget)
    {
        ArgumentNullException.ThrowIfNull(seekable);
        _budget = budget ?? throw new ArgumentNullException(nameof(budget));
        _zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in _zip.Entries)
        {
            _parts.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
        }
    }

    public IReadOnlyCollection<ZipArchiveEntry> Entries => _zip.Entries;

    public bool Contains(string partName) => _parts.ContainsKey(partName);

    /// <summary>The part's inflating stream, bounded by the budget; null when there is no such part.</summary>
    public Stream? Open(string partName)
    {
        if (!_parts.TryGetValue(partName, out var entry))
        {
            return null;
        }

        if (entry.Length > _budget.PartAllowance(entry.CompressedLength))
        {
            // The central directory already says this part inflates past its ratio.
            throw new InflationLimitException(perPart: true, _budget.PartAllowance(entry.CompressedLength));
        }

        return new BoundedPartStream(entry.Open(), _budget.PartAllowance(entry.CompressedLength), _budget);
    }

    /// <summary>The relationships of a part ("" for the package), targets resolved to part names (null: external, outside the package or missing).</summary>
    public IReadOnlyList<OpcRelationship> Relationships(string sourcePartName, long maxCharacters)
    {
        var folder = sourcePartName.Contains('/', StringComparison.Ordinal) ? sourcePartName[..(sourcePartName.LastIndexOf('/') + 1)] : string.Empty;
        var fileName = sourcePartName[folder.Length..];
        var relsName = $"{folder}_rels/{fileName}.rels";
        using var stream = Open(relsName);
        if (stream is null)
        {
            return [];
        }

        var result = new List<OpcRelationship>();
        using var reader = XmlReader.Create(stream, SafeXml.Settings(maxCharacters));
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.NamespaceURI != RelationshipsNamespace)
            {
                continue;
            }

            var id = reader.GetAttribute("Id") ?? string.Empty;
            var type = reader.GetAttribute("Type") ?? string.Empty;
            var external = string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
            var target = external ? null : Resolve(folder, reader.GetAttribute("Target"));
            result.Add(new OpcRelationship(id, type, target is not null && Contains(target) ? target : null));
        }

        return result;
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>A target relative to <paramref name="folder"/> (or absolute from the package root) as a part name; null when it leaves the package.</summary>
    public static string? Resolve(string folder, string? target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            return null;
        }

        string path;
        try
        {
            path = Uri.UnescapeDataString(target.Trim()).Replace('\\', '/');
        }
        catch (UriFormatException)
        {
            return null;
        }

        if (path.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        var hash = path.IndexOfAny(['#', '?']);
        if (hash >= 0)
        {
            path = path[..hash];
        }

        var segments = new List<string>();
        var combined = path.StartsWith('/') ? path : folder + path;
        foreach (var segment in combined.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }
}

/// <summary>One relationship; <see cref="Target"/> is the part name, or null when the target is not in the package.</summary>
public sealed record OpcRelationship(string Id, string Type, string? Target)
{
    /// <summary>Relationship types differ between transitional and strict packages only in their prefix.</summary>
    public bool IsOfType(string lastSegment) => Type.EndsWith("/" + lastSegment, StringComparison.Ordinal);
}

/// <summary>The XmlReader settings for parts of an upload: no DTD, no resolver, a cap on the characters of a part.</summary>
public static class SafeXml
{
    public static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = maxCharacters,
        CloseInput = false,
    };
}

/// <summary>
/// For readers that inflate a whole package themselves (ClosedXML for the calendar): inflates every part once through
/// an <see cref="InflationBudget"/> and discards it, so a package that would inflate past the budget or a part's
/// ratio is refused before the reader sees it. Meant for small uploads (the work is one pass over the parts).
/// </summary>
public static class PackageInflationCheck
{
    /// <returns>True when every part inflates within the budget and <paramref name="maxParts"/> is kept.</returns>
    public static bool IsWithin(Stream seekable, long maxTotalBytes, double maxPartRatio, int maxParts)
    {
        ArgumentNullException.ThrowIfNull(seekable);
        var start = seekable.Position;
        try
        {
            using var package = new OpcPackage(seekable, new InflationBudget(maxTotalBytes, maxPartRatio));
            if (package.Entries.Count > maxParts)
            {
                return false;
            }

            var buffer = new byte[81920];
            foreach (var entry in package.Entries)
            {
                using var part = package.Open(entry.FullName.Replace('\\', '/').TrimStart('/'));
                while (part is not null && part.Read(buffer, 0, buffer.Length) > 0)
                {
                }
            }

            return true;
        }
        catch (InflationLimitException)
        {
            return false;
        }
        finally
        {
            seekable.Position = start;
        }
    }
}
