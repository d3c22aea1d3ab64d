using System.Reflection;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace GovData.Workflows.Documents;

/// <summary>
/// Gives PDFsharp the two fonts compiled into this assembly (docs/decisions/0023-documents-and-font.md), so a PDF
/// renders the same on any machine, with or without installed fonts: Droid Sans Fallback for CJK and DejaVu Sans
/// for Latin text, digits and Western punctuation (Droid Sans Fallback has none). Bold is simulated: neither ships a
/// bold face here. Any other family asked for resolves to the CJK font.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    /// <summary>The family of CJK runs.</summary>
    public const string CjkFamily = "GovData CJK";

    /// <summary>The family of Latin runs.</summary>
    public const string LatinFamily = "GovData Latin";

    private const string CjkFace = "DroidSansFallbackFull";
    private const string LatinFace = "DejaVuSans";

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, Lazy<byte[]>> Faces = new(StringComparer.Ordinal)
    {
        [CjkFace] = new Lazy<byte[]>(() => Load("DroidSansFallbackFull.ttf")),
        [LatinFace] = new Lazy<byte[]>(() => Load("DejaVuSans.ttf")),
    };

    private EmbeddedFontResolver()
    {
    }

    /// <summary>The one instance: PDFsharp asks for the same resolver on every setting of its global property.</summary>
    public static EmbeddedFontResolver Instance { get; } = new();

    /// <summary>Installs the resolver once per process (PDFsharp's font settings are global and set only once).</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = string.Equals(familyName, LatinFamily, StringComparison.OrdinalIgnoreCase) ? LatinFace : CjkFace;
        var simulations = (bold ? XStyleSimulations.BoldSimulation : XStyleSimulations.None)
            | (italic ? XStyleSimulations.ItalicSimulation : XStyleSimulations.None);
        return new FontResolverInfo(face, simulations);
    }

    public byte[]? GetFont(string faceName) => Faces.TryGetValue(faceName, out var bytes) ? bytes.Value : null;

    private static byte[] Load(string fileName)
    {
        var name = "GovData.Workflows.Documents.Fonts." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is not compiled into GovData.Workflows.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
