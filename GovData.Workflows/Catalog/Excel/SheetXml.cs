using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// The raw SpreadsheetML of a part read with a plain <see cref="XmlReader"/> (names compared as atomized strings, no
/// element objects per node — the OpenXml SDK's <c>OpenXmlReader</c> built one per element and was most of the
/// import's time). Only the elements of the main SpreadsheetML namespace (transitional or strict) count; phonetic
/// runs (rPh) are skipped as Excel shows no such text in the cell.
/// </summary>
internal static class SheetXml
{
    private const string Transitional = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    public static string[] ReadSharedStrings(SharedStringTablePart? part, long maxCharacters)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        var text = new StringBuilder();
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = Create(stream, maxCharacters);
        var names = new Names(reader.NameTable);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, names.SharedString) && names.IsMain(reader.NamespaceURI))
            {
                text.Clear();
                ReadRichText(reader, names, text);
                strings.Add(text.ToString());
            }
        }

        return [.. strings];
    }

    /// <summary>The rows of a worksheet as (row number, non-empty cells), streamed; the cell list is reused.</summary>
    public static IEnumerable<(int Row, List<RawCell> Cells)> RawRows(WorksheetPart part, string[] sharedStrings, long maxCharacters)
    {
        var cells = new List<RawCell>();
        var inline = new StringBuilder();
        var rowNumber = 0;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = Create(stream, maxCharacters);
        var names = new Names(reader.NameTable);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || !ReferenceEquals(reader.LocalName, names.Row) || !names.IsMain(reader.NamespaceURI))
            {
                continue;
            }

            rowNumber = ParseRowNumber(reader.GetAttribute(names.Reference)) ?? rowNumber + 1;
            cells.Clear();
            if (!reader.IsEmptyElement)
            {
                ReadCells(reader, names, sharedStrings, cells, inline);
            }

            yield return (rowNumber, cells);
        }
    }

    /// <summary>From a row's start tag to its end tag: every cell with text.</summary>
    private static void ReadCells(XmlReader reader, Names names, string[] sharedStrings, List<RawCell> cells, StringBuilder inline)
    {
        var rowDepth = reader.Depth;
        var column = 0;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == rowDepth))
        {
            if (reader.NodeType != XmlNodeType.Element || !ReferenceEquals(reader.LocalName, names.Cell) || !names.IsMain(reader.NamespaceURI))
            {
                continue;
            }

            var reference = reader.GetAttribute(names.Reference);
            var type = reader.GetAttribute(names.Type);
            column = reference is null ? column + 1 : ColumnIndex(reference);
            string? cellValue = null;
            inline.Clear();
            if (!reader.IsEmptyElement)
            {
                var cellDepth = reader.Depth;
                while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == cellDepth))
                {
                    if (reader.NodeType != XmlNodeType.Element || !names.IsMain(reader.NamespaceURI))
                    {
                        continue;
                    }

                    if (ReferenceEquals(reader.LocalName, names.Value))
                    {
                        cellValue = ReadText(reader);
                    }
                    else if (ReferenceEquals(reader.LocalName, names.InlineString))
                    {
                        ReadRichText(reader, names, inline);
                    }
                }
            }

            var cell = ToRawCell(column, type, cellValue, inline, sharedStrings);
            if (cell.Text.Length > 0)
            {
                cells.Add(cell);
            }
        }
    }

    /// <summary>
    /// The text of a string item (si, is): its t elements, directly or in runs (r), without phonetic runs (rPh).
    /// Starts on the element's start tag, ends on its end tag.
    /// </summary>
    private static void ReadRichText(XmlReader reader, Names names, StringBuilder text)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element || !names.IsMain(reader.NamespaceURI))
            {
                continue;
            }

            if (ReferenceEquals(reader.LocalName, names.Phonetic))
            {
                SkipToEnd(reader);
            }
            else if (ReferenceEquals(reader.LocalName, names.Text))
            {
                text.Append(ReadText(reader));
            }
        }
    }

    /// <summary>The text content of a leaf element; starts on its start tag, ends on its end tag (or the empty tag).</summary>
    private static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        string? first = null;
        StringBuilder? more = null;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                if (first is null)
                {
                    first = reader.Value;
                }
                else
                {
                    (more ??= new StringBuilder(first)).Append(reader.Value);
                }
            }
        }

        return more?.ToString() ?? first ?? string.Empty;
    }

    private static void SkipToEnd(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
        }
    }

    private static XmlReader Create(Stream stream, long maxCharacters) => XmlReader.Create(stream, new XmlReaderSettings
    {
        // As the OpenXml SDK reads parts: no DTD, whitespace-only text outside xml:space="preserve" ignored, and a
        // cap on what a part may inflate to (the zip's central directory may lie about sizes).
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = maxCharacters,
        CloseInput = false,
    });

    private static RawCell ToRawCell(int column, string? type, string? cellValue, StringBuilder inline, string[] sharedStrings)
    {
        switch (type)
        {
            case "s" when string.IsNullOrEmpty(cellValue):
                // ClosedXML writes styled empty cells as <c t="s"/>.
                return new(column, string.Empty, RawKind.Text);
            case "s":
                var index = int.TryParse(cellValue, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
                // A shared string index outside the table is a broken file; treat the cell as an Excel error.
                return index >= 0 && index < sharedStrings.Length
                    ? new(column, sharedStrings[index], RawKind.Text)
                    : new(column, "#REF!", RawKind.Error);
            case "inlineStr":
                return new(column, inline.ToString(), RawKind.Text);
            case "str":
                return new(column, cellValue ?? string.Empty, RawKind.Text);
            case "b":
                return new(column, cellValue ?? string.Empty, RawKind.Boolean);
            case "e":
                return new(column, cellValue ?? "#N/A", RawKind.Error);
            case "d":
                return new(column, cellValue ?? string.Empty, RawKind.IsoDate);
            default:
                return new(column, cellValue ?? string.Empty, RawKind.Number);
        }
    }

    private static int? ParseRowNumber(string? reference) =>
        int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : null;

    /// <summary>The 1-based column of a cell reference such as "AB12".</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (c - 'A' + 1);
            }
            else
            {
                break;
            }
        }

        return index;
    }

    /// <summary>The element and attribute names, atomized in the reader's name table (compared by reference).</summary>
    private sealed class Names(XmlNameTable table)
    {
        public string Row { get; } = table.Add("row");

        public string Cell { get; } = table.Add("c");

        public string Value { get; } = table.Add("v");

        public string InlineString { get; } = table.Add("is");

        public string SharedString { get; } = table.Add("si");

        public string Text { get; } = table.Add("t");

        public string Phonetic { get; } = table.Add("rPh");

        public string Reference { get; } = "r";

        public string Type { get; } = "t";

        private string TransitionalNamespace { get; } = table.Add(Transitional);

        private string StrictNamespace { get; } = table.Add(Strict);

        public bool IsMain(string namespaceUri) =>
            ReferenceEquals(namespaceUri, TransitionalNamespace) || ReferenceEquals(namespaceUri, StrictNamespace);
    }
}
