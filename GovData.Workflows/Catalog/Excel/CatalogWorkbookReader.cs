using System.Globalization;
using System.IO.Compression;
using System.Xml;
using GovData.Workflows.Uploads;
using E = GovData.Workflows.Catalog.Excel.CatalogWorkbookErrors;

namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// Streams the 目录 and 信息项 sheets and the shared strings with a plain XmlReader (<see cref="SheetXml"/>; parts found
/// by relationship in <see cref="OpcPackage"/>; no DOM of the sheets: a 100,000-item file stays cheap), after checking
/// the file's signature and its zip central directory. Every part is inflated through one <see cref="InflationBudget"/>
/// (a ratio per part, a total per request) and a cell keeps at most <see cref="CatalogWorkbookLimits.MaxCellCharacters"/>.
/// Reports every format error of every row; the model's rules run later on the rows that parsed.
/// </summary>
public sealed class CatalogWorkbookReader(CatalogWorkbookLimits limits) : ICatalogWorkbookReader
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public CatalogWorkbookReadResult Read(Stream workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var stream = Buffer(workbook, out var size);
        if (stream is null)
        {
            return CatalogWorkbookReadResult.Failed(new(E.FileTooLarge, [Megabytes(size), Megabytes(limits.MaxFileBytes)]));
        }

        try
        {
            var refusal = CheckSignature(stream) ?? CheckZipDirectory(stream);
            if (refusal is not null)
            {
                return CatalogWorkbookReadResult.Failed(refusal);
            }

            stream.Position = 0;
            return ReadPackage(stream);
        }
        finally
        {
            if (!ReferenceEquals(stream, workbook))
            {
                stream.Dispose();
            }
        }
    }

    /// <summary>A seekable stream positioned at the file start, or null when the file is over the size limit.</summary>
    private Stream? Buffer(Stream input, out long size)
    {
        if (input.CanSeek && input.Position == 0)
        {
            size = input.Length;
            return size > limits.MaxFileBytes ? null : input;
        }

        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > limits.MaxFileBytes)
            {
                size = copy.Length;
                copy.Dispose();
                return null;
            }
        }

        size = copy.Length;
        copy.Position = 0;
        return copy;
    }

    private static CatalogWorkbookError? CheckSignature(Stream stream)
    {
        Span<byte> head = stackalloc byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head[..read];
        if (bytes.StartsWith(CompoundFileSignature))
        {
            // An encrypted .xlsx is an OLE compound file wrapping the encrypted package; so is a legacy .xls.
            return new(E.EncryptedOrLegacy, []);
        }

        return bytes.StartsWith(ZipSignature) ? null : new(E.NotXlsx, []);
    }

    private CatalogWorkbookError? CheckZipDirectory(Stream stream)
    {
        stream.Position = 0;
        try
        {
            // Read mode on a seekable stream reads only the central directory: sizes are known before inflating.
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxParts)
            {
                return new(E.TooManyParts, [Invariant(zip.Entries.Count), Invariant(limits.MaxParts)]);
            }

            long uncompressed = 0;
            long compressed = 0;
            var hasContentTypes = false;
            foreach (var entry in zip.Entries)
            {
                uncompressed += entry.Length;
                compressed += entry.CompressedLength;
                hasContentTypes |= entry.FullName == "[Content_Types].xml";
            }

            if (uncompressed > limits.MaxUncompressedBytes)
            {
                return new(E.UncompressedTooLarge, [Megabytes(uncompressed), Megabytes(limits.MaxUncompressedBytes)]);
            }

            var ratio = uncompressed / (double)Math.Max(compressed, 1);
            if (ratio > limits.MaxCompressionRatio)
            {
                return new(E.CompressionRatioTooHigh, [ratio.ToString("F0", CultureInfo.InvariantCulture), Invariant(limits.MaxCompressionRatio)]);
            }

            return hasContentTypes ? null : new(E.NotXlsx, []);
        }
        catch (InvalidDataException)
        {
            return new(E.Corrupted, []);
        }
    }

    private CatalogWorkbookReadResult ReadPackage(Stream stream)
    {
        var errors = new ErrorSink(limits.MaxErrors);
        var budget = new InflationBudget(limits.MaxUncompressedBytes, limits.MaxCompressionRatio);
        try
        {
            // Parts found by relationship, the way every spreadsheet program writes them (OpcPackage); a relationship
            // to a part that is not there matters only when that part is one of those read here.
            using var package = new OpcPackage(stream, budget);
            var workbookName = package.Relationships(string.Empty, limits.MaxUncompressedBytes).FirstOrDefault(r => r.IsOfType("officeDocument"))?.Target;
            if (workbookName is null)
            {
                return CatalogWorkbookReadResult.Failed(new(E.NotXlsx, []));
            }

            var sheets = WorkbookXml.ReadSheets(package.Open(workbookName)!, limits.MaxUncompressedBytes);
            var relationships = package.Relationships(workbookName, limits.MaxUncompressedBytes);
            var resourcePart = FindSheet(package, sheets, relationships, CatalogSheets.Resources, errors);
            var itemPart = FindSheet(package, sheets, relationships, CatalogSheets.Items, errors);
            if (resourcePart is null || itemPart is null)
            {
                return errors.Result([], [], null, null);
            }

            var sharedStringsName = relationships.FirstOrDefault(r => r.IsOfType("sharedStrings"))?.Target;
            TextValue[] sharedStrings;
            using (var sharedStringsPart = sharedStringsName is null ? null : package.Open(sharedStringsName))
            {
                sharedStrings = SheetXml.ReadSharedStrings(sharedStringsPart, limits);
            }

            var resources = new SheetParser<ResourceRow>(CatalogSheets.Resources, CatalogSheets.ResourceColumns, RowBuilders.Resource, limits, errors);
            using (var part = package.Open(resourcePart)!)
            {
                resources.Parse(part, sharedStrings);
            }

            var items = new SheetParser<ItemRow>(CatalogSheets.Items, CatalogSheets.ItemColumns, RowBuilders.Item, limits, errors);
            using (var part = package.Open(itemPart)!)
            {
                items.Parse(part, sharedStrings);
            }

            if (!resources.Usable || !items.Usable)
            {
                return errors.Result([], [], resources.ColumnLetters, items.ColumnLetters);
            }

            var resourceRows = CheckResourceCodes(resources, errors);
            var itemRows = CheckItems(items, resources.Keys, errors);
            return errors.Result(resourceRows, itemRows, resources.ColumnLetters, items.ColumnLetters);
        }
        catch (InflationLimitException exception)
        {
            return CatalogWorkbookReadResult.Failed(exception.PerPart
                ? new(E.CompressionRatioTooHigh, [$">{Invariant(limits.MaxCompressionRatio)}", Invariant(limits.MaxCompressionRatio)])
                : new(E.UncompressedTooLarge, [$">{Megabytes(budget.Inflated)}", Megabytes(limits.MaxUncompressedBytes)]));
        }
        catch (Exception exception) when (exception is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            return CatalogWorkbookReadResult.Failed(new(E.Corrupted, []));
        }
    }

    /// <summary>The part name of a sheet by its (trimmed) name, or null with a SheetMissing error (also when its relationship leads nowhere).</summary>
    private static string? FindSheet(OpcPackage package, IReadOnlyList<(string Name, string RelationshipId)> sheets, IReadOnlyList<OpcRelationship> relationships, string name, ErrorSink errors)
    {
        var sheet = sheets.FirstOrDefault(s => s.Name.Trim() == name);
        var target = sheet.RelationshipId is null ? null : relationships.FirstOrDefault(r => r.Id == sheet.RelationshipId && r.IsOfType("worksheet"))?.Target;
        if (target is not null && package.Contains(target))
        {
            return target;
        }

        errors.Add(new(E.SheetMissing, [name], name));
        return null;
    }

    private static List<ResourceRow> CheckResourceCodes(SheetParser<ResourceRow> resources, ErrorSink errors)
    {
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicateRows = new HashSet<int>();
        var codeColumn = resources.ColumnLetters[nameof(ResourceRow.Code)];
        foreach (var (code, row) in resources.Keys)
        {
            if (!firstRowOf.TryAdd(code, row))
            {
                duplicateRows.Add(row);
                errors.Add(new(E.DuplicateResourceCode, [code, Invariant(firstRowOf[code])], CatalogSheets.Resources, row, codeColumn));
            }
        }

        return [.. resources.Rows.Where(r => !duplicateRows.Contains(r.Row))];
    }

    private static List<ItemRow> CheckItems(SheetParser<ItemRow> items, List<(string Key, int Row)> resourceKeys, ErrorSink errors)
    {
        var codes = resourceKeys.Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        var firstRowOf = new Dictionary<(string Code, string Name), int>();
        var badRows = new HashSet<int>();
        var codeColumn = items.ColumnLetters[nameof(ItemRow.ResourceCode)];
        var nameColumn = items.ColumnLetters[nameof(ItemRow.Name)];
        foreach (var item in items.Rows)
        {
            if (!codes.Contains(item.ResourceCode))
            {
                badRows.Add(item.Row);
                errors.Add(new(E.UnknownResourceCode, [item.ResourceCode], CatalogSheets.Items, item.Row, codeColumn));
            }
            else if (!firstRowOf.TryAdd((item.ResourceCode, item.Name), item.Row))
            {
                badRows.Add(item.Row);
                errors.Add(new(E.DuplicateItemName, [item.ResourceCode, item.Name, Invariant(firstRowOf[(item.ResourceCode, item.Name)])],
                    CatalogSheets.Items, item.Row, nameColumn));
            }
        }

        return [.. items.Rows.Where(r => !badRows.Contains(r.Row))];
    }

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
