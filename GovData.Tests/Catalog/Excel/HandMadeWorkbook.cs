using System.IO.Compression;
using System.Security;
using System.Text;
using GovData.Workflows.Catalog.Excel;

namespace GovData.Tests.Catalog.Excel;

/// <summary>
/// Catalog workbooks written part by part, the ways other spreadsheet programs write them (LibreOffice, WPS, Excel,
/// SheetJS): prefixed or default namespaces, inline or shared strings, numbers as numbers, relative or absolute
/// targets, an extra relationship to a part that is not there — and hostile variants built from the same parts.
/// </summary>
internal sealed record HandMadeWorkbook
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    public required string[][] Resources { get; init; }

    public required string[][] Items { get; init; }

    /// <summary>"" for the default namespace, else a prefix such as "x" (SheetJS and some .NET writers).</summary>
    public string Prefix { get; init; } = string.Empty;

    public bool InlineStrings { get; init; }

    public bool AbsoluteTargets { get; init; }

    /// <summary>Cells whose text parses as a number are written as numbers (no t attribute), the way programs re-save them.</summary>
    public bool NumbersAsNumbers { get; init; } = true;

    /// <summary>An extra workbook relationship to a theme part that is not in the package (some writers leave one).</summary>
    public bool DanglingTheme { get; init; }

    /// <summary>Replaces a part's content (by part name) or, with null, leaves the part out.</summary>
    public Dictionary<string, string?> Overrides { get; init; } = [];

    /// <summary>Extra entries, e.g. incompressible padding.</summary>
    public Dictionary<string, byte[]> Extra { get; init; } = [];

    public static HandMadeWorkbook Valid() => new()
    {
        Resources = [CatalogWorkbookSamples.ResourceHeaders, CatalogWorkbookSamples.ResourceCells()],
        Items = [CatalogWorkbookSamples.ItemHeaders, CatalogWorkbookSamples.ItemCells()],
    };

    public byte[] Build()
    {
        var shared = new List<string>();
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = ContentTypes(),
            ["_rels/.rels"] = Rels(("rId1", "officeDocument", AbsoluteTargets ? "/xl/workbook.xml" : "xl/workbook.xml")),
            ["xl/workbook.xml"] = Workbook(),
            ["xl/_rels/workbook.xml.rels"] = Rels([
                ("rId1", "worksheet", AbsoluteTargets ? "/xl/worksheets/sheet1.xml" : "worksheets/sheet1.xml"),
                ("rId2", "worksheet", AbsoluteTargets ? "/xl/worksheets/sheet2.xml" : "worksheets/sheet2.xml"),
                .. InlineStrings ? Array.Empty<(string, string, string)>() : [("rId3", "sharedStrings", AbsoluteTargets ? "/xl/sharedStrings.xml" : "sharedStrings.xml")],
                .. DanglingTheme ? [("rId9", "theme", "theme/theme1.xml")] : Array.Empty<(string, string, string)>(),
            ]),
            ["xl/worksheets/sheet1.xml"] = Sheet(Resources, shared),
            ["xl/worksheets/sheet2.xml"] = Sheet(Items, shared),
        };
        if (!InlineStrings)
        {
            parts["xl/sharedStrings.xml"] = SharedStrings(shared);
        }

        foreach (var (name, content) in Overrides)
        {
            if (content is null)
            {
                parts.Remove(name);
            }
            else
            {
                parts[name] = content;
            }
        }

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }

            foreach (var (name, content) in Extra)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    public static string Rels(params (string Id, string Type, string Target)[] relationships)
    {
        var text = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"{PackageRel}\">");
        foreach (var (id, type, target) in relationships)
        {
            text.Append($"<Relationship Id=\"{id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{type}\" Target=\"{SecurityElement.Escape(target)}\"/>");
        }

        return text.Append("</Relationships>").ToString();
    }

    private string P => Prefix.Length == 0 ? string.Empty : Prefix + ":";

    private string NamespaceDeclaration => Prefix.Length == 0 ? $"xmlns=\"{Main}\"" : $"xmlns:{Prefix}=\"{Main}\"";

    private static string ContentTypes() =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "</Types>";

    private string Workbook() =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><{P}workbook {NamespaceDeclaration} xmlns:r=\"{Rel}\"><{P}sheets>"
        + $"<{P}sheet name=\"{CatalogSheets.Resources}\" sheetId=\"1\" r:id=\"rId1\"/>"
        + $"<{P}sheet name=\"{CatalogSheets.Items}\" sheetId=\"2\" r:id=\"rId2\"/>"
        + $"</{P}sheets></{P}workbook>";

    private string Sheet(string[][] rows, List<string> shared)
    {
        var text = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><{P}worksheet {NamespaceDeclaration}><{P}sheetData>");
        for (var r = 0; r < rows.Length; r++)
        {
            text.Append($"<{P}row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var value = rows[r][c];
                if (value.Length == 0)
                {
                    continue;
                }

                var reference = CatalogSheets.ColumnLetter(c + 1) + (r + 1);
                if (NumbersAsNumbers && r > 0 && decimal.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
                {
                    text.Append($"<{P}c r=\"{reference}\"><{P}v>{value}</{P}v></{P}c>");
                }
                else if (InlineStrings)
                {
                    text.Append($"<{P}c r=\"{reference}\" t=\"inlineStr\"><{P}is><{P}t>{SecurityElement.Escape(value)}</{P}t></{P}is></{P}c>");
                }
                else
                {
                    shared.Add(value);
                    text.Append($"<{P}c r=\"{reference}\" t=\"s\"><{P}v>{shared.Count - 1}</{P}v></{P}c>");
                }
            }

            text.Append($"</{P}row>");
        }

        return text.Append($"</{P}sheetData></{P}worksheet>").ToString();
    }

    private string SharedStrings(List<string> shared)
    {
        var text = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><{P}sst {NamespaceDeclaration} count=\"{shared.Count}\">");
        foreach (var value in shared)
        {
            text.Append($"<{P}si><{P}t>{SecurityElement.Escape(value)}</{P}t></{P}si>");
        }

        return text.Append($"</{P}sst>").ToString();
    }
}
