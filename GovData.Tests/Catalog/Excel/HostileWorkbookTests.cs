using System.Security.Cryptography;
using GovData.Workflows.Catalog.Excel;
using static GovData.Tests.Catalog.Excel.CatalogWorkbookSamples;
using E = GovData.Workflows.Catalog.Excel.CatalogWorkbookErrors;

namespace GovData.Tests.Catalog.Excel;

/// <summary>
/// Workbooks built by hand the way other programs write them, and hostile ones (issue #10): every one gives rows or
/// errors, never an exception, and no cell costs memory in proportion to its size.
/// </summary>
public sealed class HostileWorkbookTests
{
    private const int HugeCell = 20_000_000;

    public static TheoryData<string, bool, bool> Writers => new()
    {
        { string.Empty, false, false },
        { "x", false, false },
        { string.Empty, true, true },
        { "x", true, true },
    };

    [Theory]
    [MemberData(nameof(Writers))]
    public void OtherProgramsFiles_ReadAsOurs(string prefix, bool inlineStrings, bool absoluteTargets)
    {
        var ours = Read(Valid());

        var theirs = Read((HandMadeWorkbook.Valid() with { Prefix = prefix, InlineStrings = inlineStrings, AbsoluteTargets = absoluteTargets, DanglingTheme = true }).Build());

        Assert.Empty(theirs.Errors);
        var (a, b) = (Assert.Single(ours.Resources), Assert.Single(theirs.Resources));
        Assert.Equal((a.Code, a.Name, a.RecordCount, a.DataVolumeMB, a.LastDataUpdate, a.ShareType), (b.Code, b.Name, b.RecordCount, b.DataVolumeMB, b.LastDataUpdate, b.ShareType));
        Assert.Equal(a.RelatedCodes, b.RelatedCodes);
        Assert.Equal(Assert.Single(ours.Items).Length, Assert.Single(theirs.Items).Length);
    }

    [Theory]
    [InlineData("xl/workbook.xml")]
    [InlineData("_rels/.rels")]
    public void PackageWithoutItsWorkbook_IsNotAWorkbook(string leftOut)
    {
        var bytes = HandMadeWorkbook.Valid() with { Overrides = new() { [leftOut] = null } };

        Assert.Equal(E.NotXlsx, Assert.Single(Read(bytes.Build()).Errors).Key);
    }

    [Fact]
    public void ContentTypesAlone_IsNotAWorkbook()
    {
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("[Content_Types].xml").Open();
            stream.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"u8);
        }

        Assert.Equal(E.NotXlsx, Assert.Single(Read(output.ToArray()).Errors).Key);
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("/xl/worksheets/absent.xml")]
    [InlineData("worksheets/absent.xml")]
    [InlineData("http://evil.example/sheet.xml")]
    [InlineData("..\\..\\sheet2.xml")]
    public void SheetRelationshipToAMissingPart_NamesTheSheet(string target)
    {
        var rels = HandMadeWorkbook.Rels(("rId1", "worksheet", target), ("rId2", "worksheet", "worksheets/sheet2.xml"), ("rId3", "sharedStrings", "sharedStrings.xml"));

        var errors = Read((HandMadeWorkbook.Valid() with { Overrides = new() { ["xl/_rels/workbook.xml.rels"] = rels } }).Build()).Errors;

        var error = Assert.Single(errors);
        Assert.Equal((E.SheetMissing, CatalogSheets.Resources), (error.Key, error.Sheet));
    }

    [Fact]
    public void SharedStringsRelationshipToAMissingPart_ReadsTheInlineCells()
    {
        var bytes = (HandMadeWorkbook.Valid() with { InlineStrings = true, Overrides = new() { ["xl/_rels/workbook.xml.rels"] =
            HandMadeWorkbook.Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "worksheet", "worksheets/sheet2.xml"), ("rId3", "sharedStrings", "../../nowhere.xml")) } }).Build();

        Assert.Empty(Read(bytes).Errors);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AHugeCell_IsTooLong_QuotedShort_AndNeverHeldWhole(bool inlineStrings)
    {
        var huge = new string('A', HugeCell);
        var bytes = (HandMadeWorkbook.Valid() with
        {
            InlineStrings = inlineStrings,
            Resources = [ResourceHeaders, ResourceCells().With(ResourceColumn(nameof(ResourceRow.Name)), huge)],
        }).Build();
        var limits = new CatalogWorkbookLimits { MaxCompressionRatio = 100_000 };

        var before = GC.GetAllocatedBytesForCurrentThread();
        var errors = Read(bytes, limits).Errors;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var error = Assert.Single(errors, e => e.Key == E.TooLong);
        Assert.Equal(HugeCell.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Arguments[^1]);
        Assert.All(errors.SelectMany(e => e.Arguments), a => Assert.True(a.Length <= CatalogWorkbookError.MaxQuotedCharacters + 1, a[..Math.Min(20, a.Length)]));
        // The cell alone would be 40 MB as a string.
        Assert.True(allocated < 16L * 1024 * 1024, $"{allocated / 1024 / 1024} MB allocated");
    }

    [Fact]
    public void AHugeCellPaddedWithAnIncompressiblePart_IsRefusedOnThePartsRatio()
    {
        var bytes = (HandMadeWorkbook.Valid() with
        {
            InlineStrings = true,
            Resources = [ResourceHeaders, ResourceCells().With(0, new string('A', HugeCell))],
            Extra = new() { ["xl/media/padding.bin"] = RandomNumberGenerator.GetBytes(2 * 1024 * 1024) },
        }).Build();

        var error = Assert.Single(Read(bytes).Errors);

        Assert.Equal(E.CompressionRatioTooHigh, error.Key);
    }

    [Fact]
    public void ACentralDirectoryThatUnderstatesAPart_IsStoppedWhileInflating()
    {
        var bytes = (HandMadeWorkbook.Valid() with
        {
            InlineStrings = true,
            Resources = [ResourceHeaders, ResourceCells().With(0, new string('A', HugeCell))],
        }).Build();
        LieAboutSizes(bytes, "xl/worksheets/sheet1.xml", 1000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Single(Read(bytes).Errors);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains(error.Key, new[] { E.CompressionRatioTooHigh, E.Corrupted });
        Assert.True(allocated < 16L * 1024 * 1024, $"{allocated / 1024 / 1024} MB allocated");
    }

    [Fact]
    public void ManyLongSharedStrings_StopAtTheTablesCharacterLimit()
    {
        var rows = Enumerable.Range(0, 40).Select(i => ResourceCells($"2.01.003/WJ-{i:D4}").With(ResourceColumn(nameof(ResourceRow.Summary)), new string((char)('a' + (i % 26)), 30_000) + i)).ToArray();
        var bytes = (HandMadeWorkbook.Valid() with { Resources = [ResourceHeaders, .. rows] }).Build();

        var error = Assert.Single(Read(bytes, new CatalogWorkbookLimits { MaxSharedStringCharacters = 500_000, MaxCompressionRatio = 100_000 }).Errors);

        Assert.Equal(E.UncompressedTooLarge, error.Key);
    }

    [Fact]
    public void ErrorArguments_QuoteAShortPrefix()
    {
        var error = new CatalogWorkbookError(E.BadResourceCode, ["代码", new string('x', 1_000_000)]);

        Assert.Equal("代码", error.Arguments[0]);
        Assert.Equal(CatalogWorkbookError.MaxQuotedCharacters + 1, error.Arguments[1].Length);
        Assert.EndsWith("…", error.Arguments[1], StringComparison.Ordinal);
    }

    /// <summary>Writes a smaller uncompressed size into the entry's local and central headers.</summary>
    private static void LieAboutSizes(byte[] zip, string entryName, uint size)
    {
        var name = System.Text.Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i < zip.Length - 46; i++)
        {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x03 && zip[i + 3] == 0x04 && zip.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
            }
            else if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x01 && zip[i + 3] == 0x02 && zip.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
            }
        }
    }
}
