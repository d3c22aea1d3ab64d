using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using GovData.Domain.Resources;
using GovData.Workflows.Catalog.Excel;
using static GovData.Tests.Catalog.Excel.CatalogWorkbookSamples;
using E = GovData.Workflows.Catalog.Excel.CatalogWorkbookErrors;

namespace GovData.Tests.Catalog.Excel;

public sealed class CatalogWorkbookReaderTests
{
    [Fact]
    public void Samples_HaveOneCellPerColumn()
    {
        Assert.Equal(CatalogSheets.ResourceColumns.Count, ResourceCells().Length);
        Assert.Equal(CatalogSheets.ItemColumns.Count, ItemCells().Length);
    }

    [Fact]
    public void Read_ValidWorkbook_ReturnsTypedRowsWithPositions()
    {
        var bytes = ValidWith(wb =>
        {
            // What Excel stores when a user types a number or a date: a number cell, a date serial.
            var sheet = wb.Worksheet(CatalogSheets.Resources);
            sheet.Cell(2, ResourceColumn(nameof(ResourceRow.RecordCount)) + 1).SetValue(120000);
            sheet.Cell(2, ResourceColumn(nameof(ResourceRow.ReleaseDate)) + 1).SetValue(new DateTime(2025, 1, 2));
        });

        var result = Read(bytes);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var resource = Assert.Single(result.Resources);
        Assert.Equal(Resource(row: 2) with { RelatedCodes = resource.RelatedCodes }, resource);
        Assert.Equal(["1.01.001/GA-0001", "2.01.004/WJ-0004"], resource.RelatedCodes);
        var item = Assert.Single(result.Items);
        Assert.Equal(Item(row: 2) with { Description = "新生儿的姓名" }, item);
        Assert.Equal(new CellPosition(CatalogSheets.Resources, 2, "O"), result.PositionOf(resource, nameof(ResourceRow.ShareType)));
        Assert.Equal("信息项!B2", result.PositionOf(item, nameof(ItemRow.Name)).ToString());
    }

    [Fact]
    public void Read_ColumnsInAnotherOrderAndBlankRows_AreFine()
    {
        var headers = ResourceHeaders.Reverse().ToArray();
        var cells = ResourceCells().Reverse().ToArray();
        var bytes = Build([headers, [], cells], [ItemHeaders, ItemCells()]);

        var result = Read(bytes);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(3, Assert.Single(result.Resources).Row);
        Assert.Equal("W", result.PositionOf(result.Resources[0], nameof(ResourceRow.Name)).Column);
    }

    [Fact]
    public void Read_FileOver20MB_IsRefused()
    {
        var bytes = new byte[(20 * 1024 * 1024) + 1];
        "PK\u0003\u0004"u8.CopyTo(bytes);

        var error = Assert.Single(Read(bytes).Errors);

        Assert.Equal(E.FileTooLarge, error.Key);
        Assert.Equal(["20", "20"], error.Arguments);
    }

    [Fact]
    public void Read_NonSeekableStreamOverTheLimit_IsRefusedWithoutReadingItAll()
    {
        var reader = new CatalogWorkbookReader(new CatalogWorkbookLimits { MaxFileBytes = 1000 });
        using var stream = new ForwardOnlyStream(new MemoryStream(Valid()));

        var error = Assert.Single(reader.Read(stream).Errors);

        Assert.Equal(E.FileTooLarge, error.Key);
    }

    [Fact]
    public void Read_CsvText_IsNotXlsx()
    {
        var error = Assert.Single(Read(Encoding.UTF8.GetBytes("资源代码,资源名称\n2.01.003/WJ-0003,出生")).Errors);

        Assert.Equal(E.NotXlsx, error.Key);
    }

    [Fact]
    public void Read_EmptyFile_IsNotXlsx() =>
        Assert.Equal(E.NotXlsx, Assert.Single(Read([]).Errors).Key);

    [Fact]
    public void Read_OleCompoundFile_IsEncryptedOrLegacyXls()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);

        Assert.Equal(E.EncryptedOrLegacy, Assert.Single(Read(bytes).Errors).Key);
    }

    [Fact]
    public void Read_TruncatedZip_IsCorrupted()
    {
        var valid = Valid();

        var error = Assert.Single(Read(valid[..(valid.Length / 2)]).Errors);

        Assert.Equal(E.Corrupted, error.Key);
    }

    [Fact]
    public void Read_BrokenSheetXml_IsCorrupted()
    {
        var bytes = Rezip(Valid(), (name, content) =>
            name == "xl/worksheets/sheet1.xml" ? Encoding.UTF8.GetBytes("<worksheet><sheetData><row><c") : content);

        Assert.Equal(E.Corrupted, Assert.Single(Read(bytes).Errors).Key);
    }

    [Fact]
    public void Read_ZipWithoutContentTypes_IsNotXlsx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("not a workbook");
        }

        Assert.Equal(E.NotXlsx, Assert.Single(Read(stream.ToArray()).Errors).Key);
    }

    [Fact]
    public void Read_ZipBomb_IsRefusedOnItsCompressionRatio()
    {
        // 8 MB of zeros deflate to a few KB: the central directory gives it away before anything is inflated.
        var bytes = Rezip(Valid(), (_, content) => content, ("xl/media/padding.bin", new byte[8 * 1024 * 1024]));

        var error = Assert.Single(Read(bytes).Errors);

        Assert.Equal(E.CompressionRatioTooHigh, error.Key);
        Assert.Equal("100", error.Arguments[1]);
    }

    [Fact]
    public void Read_ZipOverTheUncompressedLimit_IsRefused()
    {
        var limits = new CatalogWorkbookLimits { MaxUncompressedBytes = 4 * 1024, MaxCompressionRatio = 10_000 };

        var error = Assert.Single(Read(Valid(), limits).Errors);

        Assert.Equal(E.UncompressedTooLarge, error.Key);
    }

    [Fact]
    public void Read_MissingSheet_NamesIt()
    {
        var bytes = ValidWith(wb => wb.Worksheet(CatalogSheets.Items).Delete());

        var error = Assert.Single(Read(bytes).Errors);

        Assert.Equal((E.SheetMissing, CatalogSheets.Items), (error.Key, error.Sheet));
        Assert.Equal([CatalogSheets.Items], error.Arguments);
    }

    [Fact]
    public void Read_SheetWithHeadersOnly_IsEmpty()
    {
        var errors = Read(Standard([ResourceCells()], [])).Errors;

        var error = Assert.Single(errors);
        Assert.Equal(E.SheetEmpty, error.Key);
        Assert.Equal(CatalogSheets.Items, error.Sheet);
    }

    [Fact]
    public void Read_BlankSheet_IsEmpty()
    {
        var errors = Read(Build([], [ItemHeaders, ItemCells()])).Errors;

        Assert.Equal(E.SheetEmpty, Assert.Single(errors).Key);
        Assert.Equal(CatalogSheets.Resources, errors[0].Sheet);
    }

    [Fact]
    public void Read_MissingColumn_NamesIt()
    {
        var headers = ResourceHeaders.Where(h => h != "更新周期").ToArray();
        var cells = ResourceCells().Where((_, i) => i != ResourceColumn(nameof(ResourceRow.UpdateCycle))).ToArray();

        var error = Assert.Single(Read(Build([headers, cells], [ItemHeaders, ItemCells()])).Errors);

        Assert.Equal(E.ColumnMissing, error.Key);
        Assert.Equal([CatalogSheets.Resources, "更新周期"], error.Arguments);
    }

    [Fact]
    public void Read_RenamedColumn_NamesTheMissingAndTheUnknownHeader()
    {
        var headers = ItemHeaders.With(ItemColumn(nameof(ItemRow.EnglishName)), "英文名");

        var errors = Read(Build([ResourceHeaders, ResourceCells()], [headers, ItemCells()])).Errors;

        Assert.Equal(2, errors.Count);
        Assert.Equal([CatalogSheets.Items, "英文名称"], errors.Single(e => e.Key == E.ColumnMissing).Arguments);
        var unknown = errors.Single(e => e.Key == E.ColumnUnknown);
        Assert.Equal([CatalogSheets.Items, "英文名", "C"], unknown.Arguments);
        Assert.Equal("C", unknown.Column);
    }

    [Fact]
    public void Read_ExtraNoteColumn_IsIgnored()
    {
        var bytes = Build([[.. ResourceHeaders, "备注"], [.. ResourceCells(), "内部备注"]], [ItemHeaders, ItemCells()]);

        Assert.True(Read(bytes).IsValid);
    }

    [Fact]
    public void Read_UnknownEnumText_NamesTheAllowedValues()
    {
        var cells = ResourceCells().With(ResourceColumn(nameof(ResourceRow.ShareType)), "部分共享");

        var result = Read(Standard([cells], [ItemCells()]));

        var error = Assert.Single(result.Errors);
        Assert.Equal(E.UnknownOption, error.Key);
        Assert.Equal(["共享类型", "部分共享", "无条件共享、有条件共享、不予共享"], error.Arguments);
        Assert.Equal((CatalogSheets.Resources, 2, "O"), (error.Sheet, error.Row, error.Column));
        Assert.Empty(result.Resources);
    }

    [Fact]
    public void Read_BadCellsInManyRows_ReportsEveryOneWithItsCell()
    {
        var rows = new[]
        {
            ResourceCells("2.01.003/WJ-0001").With(ResourceColumn(nameof(ResourceRow.RecordCount)), "十二"),
            ResourceCells("2.01.003/WJ-0002").With(ResourceColumn(nameof(ResourceRow.DataVolumeMB)), "-1"),
            ResourceCells("2.01.003/WJ-0003").With(ResourceColumn(nameof(ResourceRow.LastDataUpdate)), "2025-13-40"),
            ResourceCells("2.1.003/WJ-0004"),
            ResourceCells("2.01.003/WJ-0005").With(ResourceColumn(nameof(ResourceRow.ClassCode)), "2.01.03"),
            ResourceCells("2.01.003/WJ-0006").With(ResourceColumn(nameof(ResourceRow.ProviderCode)), "wj"),
            ResourceCells("2.01.003/WJ-0007").With(ResourceColumn(nameof(ResourceRow.Name)), ""),
            ResourceCells("2.01.003/WJ-0008").With(ResourceColumn(nameof(ResourceRow.RelatedCodes)), "1.01.001/GA-0001；GA-1"),
            ResourceCells("2.01.003/WJ-0009").With(ResourceColumn(nameof(ResourceRow.Name)), new string('名', 201)),
        };
        var items = new[]
        {
            ItemCells("2.01.003/WJ-0001").With(ItemColumn(nameof(ItemRow.Length)), "0"),
            ItemCells("2.01.003/WJ-0001", "b").With(ItemColumn(nameof(ItemRow.EnglishName)), "1st name"),
            ItemCells("2.01.003/WJ-0001", "c").With(ItemColumn(nameof(ItemRow.IsBaseItem)), "Y"),
            ItemCells("2.01.003/WJ-0001", "d").With(ItemColumn(nameof(ItemRow.Length)), "3.5"),
        };

        var errors = Read(Standard(rows, items)).Errors;

        string[] expected =
        [
            $"目录!M2 {E.NotInteger}", $"目录!N3 {E.Negative}", $"目录!V4 {E.NotDate}", $"目录!A5 {E.BadResourceCode}",
            $"目录!D6 {E.BadClassCode}", $"目录!H7 {E.BadProviderCode}", $"目录!B8 {E.Required}", $"目录!X9 {E.BadResourceCode}",
            $"目录!B10 {E.TooLong}", $"信息项!E2 {E.NotPositive}", $"信息项!C3 {E.BadEnglishName}", $"信息项!G4 {E.NotBoolean}",
            $"信息项!E5 {E.NotInteger}",
        ];
        Assert.Equal(expected, errors.Select(e => $"{e.Sheet}!{e.Column}{e.Row} {e.Key}"));
        Assert.Equal(["关联资源代码", "GA-1"], errors[7].Arguments);
        Assert.Equal(["资源名称", "200", "201"], errors[8].Arguments);
    }

    [Fact]
    public void Read_ExcelErrorValue_IsReported()
    {
        // What Excel stores for a formula that failed (#DIV/0!) in 信息项!E2.
        var bytes = Rezip(Valid(), (name, content) => name != "xl/worksheets/sheet2.xml" ? content
            : Encoding.UTF8.GetBytes(Regex.Replace(Encoding.UTF8.GetString(content), @"<(\w+:)?c r=""E2""[^>]*>.*?</(\w+:)?c>",
                @"<$1c r=""E2"" t=""e""><$1v>#DIV/0!</$1v></$1c>")));

        var error = Assert.Single(Read(bytes).Errors);

        Assert.Equal((E.ExcelError, "E"), (error.Key, error.Column));
    }

    [Fact]
    public void Read_DuplicateResourceCode_ReportsTheRepeatWithTheFirstRow()
    {
        var result = Read(Standard([ResourceCells(), ResourceCells("2.01.003/WJ-0009"), ResourceCells()], [ItemCells()]));

        var error = Assert.Single(result.Errors);
        Assert.Equal((E.DuplicateResourceCode, 4, "A"), (error.Key, error.Row, error.Column));
        Assert.Equal(["2.01.003/WJ-0003", "2"], error.Arguments);
    }

    [Fact]
    public void Read_ItemOfAResourceNotInTheFile_IsReported()
    {
        var result = Read(Standard([ResourceCells()], [ItemCells(), ItemCells("2.01.003/WJ-0099")]));

        var error = Assert.Single(result.Errors);
        Assert.Equal((E.UnknownResourceCode, CatalogSheets.Items, 3, "A"), (error.Key, error.Sheet, error.Row, error.Column));
        Assert.Single(result.Items);
    }

    [Fact]
    public void Read_ItemOfAResourceRowWithErrors_IsNotReportedAsUnknown()
    {
        var resource = ResourceCells().With(ResourceColumn(nameof(ResourceRow.Format)), "纸质");

        var errors = Read(Standard([resource], [ItemCells()])).Errors;

        Assert.Equal(E.UnknownOption, Assert.Single(errors).Key);
    }

    [Fact]
    public void Read_DuplicateItemNameWithinAResource_IsReported_ButNotAcrossResources()
    {
        var result = Read(Standard(
            [ResourceCells(), ResourceCells("2.01.003/WJ-0004")],
            [ItemCells(), ItemCells("2.01.003/WJ-0004"), ItemCells()]));

        var error = Assert.Single(result.Errors);
        Assert.Equal((E.DuplicateItemName, 4, "B"), (error.Key, error.Row, error.Column));
        Assert.Equal(["2.01.003/WJ-0003", "新生儿姓名", "2"], error.Arguments);
    }

    [Fact]
    public void Read_ManyBadRows_StopsCollectingAtTheLimit()
    {
        var rows = Enumerable.Range(1, 30).Select(i => ResourceCells($"2.01.003/WJ-{i:0000}").With(ResourceColumn(nameof(ResourceRow.Format)), "纸质")).ToArray();

        var errors = Read(Standard(rows, [ItemCells("2.01.003/WJ-0001")]), new CatalogWorkbookLimits { MaxErrors = 10 }).Errors;

        Assert.Equal(11, errors.Count);
        Assert.Equal(E.TooManyErrors, errors[^1].Key);
    }

    private static byte[] ValidWith(Action<ClosedXML.Excel.XLWorkbook> change) => Standard([ResourceCells()], [ItemCells()], change);

    private static byte[] Rezip(byte[] bytes, Func<string, byte[], byte[]> transform, params (string Name, byte[] Content)[] extra)
    {
        using var source = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var target = new MemoryStream();
        using (var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var input = entry.Open();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                using var output = zip.CreateEntry(entry.FullName).Open();
                output.Write(transform(entry.FullName, buffer.ToArray()));
            }

            foreach (var (name, content) in extra)
            {
                using var output = zip.CreateEntry(name).Open();
                output.Write(content);
            }
        }

        return target.ToArray();
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
