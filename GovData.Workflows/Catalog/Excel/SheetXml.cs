using System.Globalization;
using System.Text;
using System.Xml;
using GovData.Workflows.Uploads;

namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// The raw SpreadsheetML of a part read with a plain <see cref="XmlReader"/> (names compared as atomized strings, no
/// element objects per node). Only the elements of the main SpreadsheetML namespace (transitional or strict, with or
/// without a prefix) count; phonetic runs (rPh) are skipped as Excel shows no such text in the cell. Text is read in
/// chunks and at most <see cref="CatalogWorkbookLimits.MaxCellCharacters"/> of a cell or shared string are kept (the
/// rest is only counted), so one huge cell costs no memory.
/// </summary>
internal static class SheetXml
{
    private const string Transitional = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    public static TextValue[] ReadSharedStrings(Stream? part, CatalogWorkbookLimits limits)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<TextValue>();
        var text = new StringBuilder();
        long kept = 0;
        using var reader = Create(part, limits.MaxUncompressedBytes);
        var names = new Names(reader.NameTable);
        var chunk = new char[4096];
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, names.SharedString) && names.IsMain(reader.NamespaceURI))
            {
                text.Clear();
                long length = 0;
                ReadRichText(reader, names, text, limits.MaxCellCharacters, ref length, chunk);
                kept += text.Length;
                if (kept > limits.MaxSharedStringCharacters)
                {
                    throw new InflationLimitException(perPart: false, limits.MaxSharedStringCharacters);
                }

                strings.Add(new TextValue(text.ToString(), length));
            }
        }

        return [.. strings];
    }

    /// <summary>The rows of a worksheet as (row number, non-empty cells), streamed; the cell list is reused.</summary>
    public static IEnumerable<(int Row, List<RawCell> Cells)> RawRows(Stream part, TextValue[] sharedStrings, CatalogWorkbookLimits limits)
    {
        var cells = new List<RawCell>();
        var inline = new StringBuilder();
        var value = new StringBuilder();
        var rowNumber = 0;
        var chunk = new char[4096];
        using var reader = Create(part, limits.MaxUncompressedBytes);
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
                ReadCells(reader, names, sharedStrings, cells, inline, value, limits.MaxCellCharacters, chunk);
            }

            yield return (rowNumber, cells);
        }
    }

    /// <summary>From a row's start tag to its end tag: every cell with text.</summary>
    private static void ReadCells(
        XmlReader reader, Names names, TextValue[] sharedStrings, List<RawCell> cells, StringBuilder inline, StringBuilder value, int cap, char[] chunk)
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
            long valueLength = 0;
            long inlineLength = 0;
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
                        value.Clear();
                        valueLength = 0;
                        ReadText(reader, value, cap, ref valueLength, chunk);
                        cellValue = value.ToString();
                    }
                    else if (ReferenceEquals(reader.LocalName, names.InlineString))
                    {
                        ReadRichText(reader, names, inline, cap, ref inlineLength, chunk);
                    }
                }
            }

            var cell = ToRawCell(column, type, new TextValue(cellValue ?? string.Empty, valueLength), cellValue is null, new TextValue(inline.ToString(), inlineLength), sharedStrings);
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
    private static void ReadRichText(XmlReader reader, Names names, StringBuilder text, int cap, ref long length, char[] chunk)
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
                ReadText(reader, text, cap, ref length, chunk);
            }
        }
    }

    /// <summary>
    /// Appends the text content of a leaf element, in chunks, keeping at most <paramref name="cap"/> characters in
    /// <paramref name="text"/> and counting all of them in <paramref name="length"/>. Starts on its start tag, ends on
    /// its end tag (or the empty tag).
    /// </summary>
    private static void ReadText(XmlReader reader, StringBuilder text, int cap, ref long length, char[] chunk)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace))
            {
                continue;
            }

            if (!reader.CanReadValueChunk)
            {
                var whole = reader.Value;
                length += whole.Length;
                text.Append(whole.AsSpan(0, Math.Min(whole.Length, Math.Max(0, cap - text.Length))));
                continue;
            }

            int read;
            while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                length += read;
                var room = cap - text.Length;
                if (room > 0)
                {
                    text.Append(chunk, 0, Math.Min(read, room));
                }
            }
        }
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

    // As the OpenXml SDK reads parts: no DTD, whitespace-only text outside xml:space="preserve" ignored, and a cap on
    // what a part may inflate to.
    private static XmlReader Create(Stream stream, long maxCharacters) => XmlReader.Create(stream, SafeXml.Settings(maxCharacters));

    private static RawCell ToRawCell(int column, string? type, TextValue value, bool noValue, TextValue inline, TextValue[] sharedStrings)
    {
        switch (type)
        {
            case "s" when noValue || value.Text.Length == 0:
                // ClosedXML writes styled empty cells as <c t="s"/>.
                return new(column, string.Empty, RawKind.Text, 0);
            case "s":
                var index = int.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
                // A shared string index outside the table is a broken file; treat the cell as an Excel error.
                return index >= 0 && index < sharedStrings.Length
                    ? new(column, sharedStrings[index].Text, RawKind.Text, sharedStrings[index].Length)
                    : new(column, "#REF!", RawKind.Error, 5);
            case "inlineStr":
                return new(column, inline.Text, RawKind.Text, inline.Length);
            case "str":
                return new(column, value.Text, RawKind.Text, value.Length);
            case "b":
                return new(column, value.Text, RawKind.Boolean, value.Length);
            case "e":
                return noValue ? new(column, "#N/A", RawKind.Error, 4) : new(column, value.Text, RawKind.Error, value.Length);
            case "d":
                return new(column, value.Text, RawKind.IsoDate, value.Length);
            default:
                return new(column, value.Text, RawKind.Number, value.Length);
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

/// <summary>A text as kept (at most the cell cap) and its real length in the file.</summary>
internal readonly record struct TextValue(string Text, long Length);
