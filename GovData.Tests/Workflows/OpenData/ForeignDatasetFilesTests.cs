using System.Globalization;
using System.IO.Compression;
using System.Text;
using GovData.Workflows.OpenData.Datasets;

namespace GovData.Tests.Workflows.OpenData;

/// <summary>
/// Dataset uploads as other programs write them (issue #11 §1, §4; decision 0032): each file either imports with the
/// right values or is refused with a clear error — never an exception. The files are generated here byte for byte as
/// those programs write them (BOM, line ends, quoting, encoding, workbook parts).
/// </summary>
public sealed class ForeignDatasetFilesTests(DatasetFixture fixture) : IClassFixture<DatasetFixture>
{
    private const string Permits = "3.04.002/JT-0002";
    private const string Manager = "catalog.jt@govdata.local";

    static ForeignDatasetFilesTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task ExcelCsvUtf8_BomAndCrlf_DatesAsExcelShowsThem_Import()
    {
        // Excel "CSV UTF-8 (逗号分隔)": BOM, CRLF, a date as the cell shows it (yyyy/m/d), quotes only where needed.
        var csv = "\uFEFF经营者名称,许可证号,经营范围,有效期至\r\n平安客运,JT101,\"班车客运,包车\",2027/1/5\r\n顺达物流,JT102,货运,2027/12/31\r\n";

        var (result, rows) = await UploadAndReadAsync(Encoding.UTF8.GetBytes(csv), "excel-utf8.csv");

        Assert.Equal("utf-8-bom", result.Release!.SourceEncoding);
        Assert.Equal<string?>(["平安客运", "JT101", "班车客运,包车", "2027-01-05"], rows[0].AsEnumerable());
        Assert.Equal("2027-12-31", rows[1][3]);
    }

    [Fact]
    public async Task ExcelPlainCsv_InGbk_Imports()
    {
        // Excel "CSV (逗号分隔)" on a Chinese Windows: code page 936 (GBK), CRLF, no BOM.
        var gbk = Encoding.GetEncoding(936).GetBytes("经营者名称,许可证号,经营范围,有效期至\r\n平安客运,JT201,班车客运,2027-01-05\r\n");

        var (result, rows) = await UploadAndReadAsync(gbk, "excel-ansi.csv");

        Assert.Equal("gb18030", result.Release!.SourceEncoding);
        Assert.Equal<string?>(["平安客运", "JT201", "班车客运", "2027-01-05"], rows.Single().AsEnumerable());
    }

    [Fact]
    public async Task WpsCsv_Gbk_EmptyTrailingRows_NoFinalLineEnd_Imports()
    {
        // WPS 表格 keeps the sheet's used range: rows of empty cells at the end, and the last line without CRLF.
        var gbk = Encoding.GetEncoding(936).GetBytes("经营者名称,许可证号,经营范围,有效期至\r\n顺达物流,JT301,货运,2027-3-1\r\n,,,\r\n,,,");

        var (result, rows) = await UploadAndReadAsync(gbk, "wps.csv");

        Assert.Equal(1, result.Release!.RowCount);
        Assert.Equal("2027-03-01", rows.Single()[3]);
    }

    [Fact]
    public async Task LibreOfficeCsv_TextQuoted_LineFeeds_Imports()
    {
        // LibreOffice Calc with "quote all text cells": UTF-8 without BOM, LF, every text quoted, a quote doubled.
        var csv = "\"经营者名称\",\"许可证号\",\"经营范围\",\"有效期至\"\n\"\"\"平安\"\"客运\",\"JT401\",\"班车客运\n包车\",2027-01-05\n";

        var (result, rows) = await UploadAndReadAsync(Encoding.UTF8.GetBytes(csv), "libreoffice.csv");

        Assert.Equal("utf-8", result.Release!.SourceEncoding);
        Assert.Equal<string?>(["\"平安\"客运", "JT401", "班车客运\n包车", "2027-01-05"], rows.Single().AsEnumerable());
    }

    [Fact]
    public async Task HeaderWithSurroundingSpaces_Imports()
    {
        var csv = "\uFEFF 经营者名称 ,许可证号 , 经营范围,有效期至\r\n平安客运,JT501,班车客运,2027-01-05\r\n";

        var (_, rows) = await UploadAndReadAsync(Encoding.UTF8.GetBytes(csv), "spaces.csv");

        Assert.Equal("JT501", rows.Single()[1]);
    }

    [Fact]
    public async Task Utf8CutInsideTheLastCharacter_IsRefused_NothingStored()
    {
        var id = await fixture.ResourceIdAsync(Permits);
        var before = await fixture.ReleaseCountAsync(id);
        var bytes = Encoding.UTF8.GetBytes("经营者名称,许可证号,经营范围,有效期至\r\n平安客运,JT601,班车客运,2027-01-05\r\n平安");
        bytes = bytes[..^1];

        var result = await UploadAsync(bytes, "cut.csv");

        Assert.False(result.Succeeded);
        Assert.Equal(DatasetUploadErrors.Encoding, Assert.Single(result.Errors).Key);
        Assert.Equal(before, await fixture.ReleaseCountAsync(id));
    }

    [Fact]
    public async Task SheetJsWorkbook_InlineStrings_NoSharedStrings_NoStyles_DatesAsText_Imports()
    {
        // SheetJS (xlsx.js) writes every text as an inline string, no sharedStrings part and no styles part.
        var workbook = Workbook(
            sharedStrings: null,
            styles: null,
            Row(1, Inline("A1", "经营者名称"), Inline("B1", "许可证号"), Inline("C1", "经营范围"), Inline("D1", "有效期至")),
            Row(2, Inline("A2", "平安客运"), Inline("B2", "JT701"), Inline("C2", "班车客运"), Inline("D2", "2027-01-05")));

        var (result, rows) = await UploadAndReadAsync(workbook, "sheetjs.xlsx");

        Assert.Equal("xlsx", result.Release!.SourceEncoding);
        Assert.Equal<string?>(["平安客运", "JT701", "班车客运", "2027-01-05"], rows.Single().AsEnumerable());
    }

    [Fact]
    public async Task LibreOfficeWorkbook_SharedStrings_DateAsStyledSerial_EmptyTrailingRow_BomInFirstHeaderCell_Imports()
    {
        // LibreOffice: shared strings, a styles part whose second format is a date (numFmtId 14) used by the serial
        // number of the date, and a trailing row of empty styled cells; the first header cell carries a BOM (pasted).
        var serial = new DateTime(2027, 1, 5).ToOADate().ToString(CultureInfo.InvariantCulture);
        var workbook = Workbook(
            sharedStrings: ["\uFEFF经营者名称", "许可证号", "经营范围", "有效期至", "平安客运", "JT801", "班车客运"],
            styles: """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>""",
            Row(1, Shared("A1", 0), Shared("B1", 1), Shared("C1", 2), Shared("D1", 3)),
            Row(2, Shared("A2", 4), Shared("B2", 5), Shared("C2", 6), $"""<c r="D2" s="1"><v>{serial}</v></c>"""),
            Row(3, """<c r="A3" s="0"/>""", """<c r="D3" s="1"/>"""));

        var (result, rows) = await UploadAndReadAsync(workbook, "libreoffice.xlsx");

        Assert.Equal(1, result.Release!.RowCount);
        Assert.Equal<string?>(["平安客运", "JT801", "班车客运", "2027-01-05"], rows.Single().AsEnumerable());
    }

    [Fact]
    public async Task Workbook_DateAsUnstyledSerialNumber_IsRefusedWithRowColumnAndValue()
    {
        // A date column holding a bare number (the date's format was removed): refused at its cell, nothing stored.
        var id = await fixture.ResourceIdAsync(Permits);
        var before = await fixture.ReleaseCountAsync(id);
        var workbook = Workbook(
            sharedStrings: null,
            styles: null,
            Row(1, Inline("A1", "经营者名称"), Inline("B1", "许可证号"), Inline("C1", "经营范围"), Inline("D1", "有效期至")),
            Row(2, Inline("A2", "平安客运"), Inline("B2", "JT901"), Inline("C2", "班车客运"), """<c r="D2"><v>46392</v></c>"""));

        var result = await UploadAsync(workbook, "serial.xlsx");

        var error = Assert.Single(result.Errors);
        Assert.Equal((1L, "有效期至", "46392", DatasetUploadErrors.NotDate), (error.Row!.Value, error.Column, error.Value, error.Key));
        Assert.Equal(before, await fixture.ReleaseCountAsync(id));
    }

    [Fact]
    public async Task Workbook_WithoutItsSheetPart_IsRefusedAsUnreadable()
    {
        var workbook = Workbook(sharedStrings: null, styles: null);
        using (var zip = new MemoryStream())
        {
            using (var archive = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read))
            using (var copy = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in archive.Entries.Where(e => !e.FullName.Contains("sheet1", StringComparison.Ordinal)))
                {
                    await using var from = await entry.OpenAsync();
                    await using var to = await copy.CreateEntry(entry.FullName).OpenAsync();
                    await from.CopyToAsync(to);
                }
            }

            workbook = zip.ToArray();
        }

        var result = await UploadAsync(workbook, "broken.xlsx");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Key is DatasetUploadErrors.WorkbookUnreadable or DatasetUploadErrors.NoHeader);
    }

    private async Task<(DatasetUploadResult Result, List<string?[]> Rows)> UploadAndReadAsync(byte[] content, string name)
    {
        var result = await UploadAsync(content, name);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Key} {e.Row} {e.Column} {e.Value}")));
        var opened = await fixture.Open.CurrentAsync(result.Release!.DataResourceId, null);
        await using var rows = opened.Rows!;
        return (result, rows.ReadRows().ToList());
    }

    private async Task<DatasetUploadResult> UploadAsync(byte[] content, string name)
    {
        var user = await fixture.Database.UserAsync(Manager);
        using var stream = new MemoryStream(content);
        return await fixture.Upload.ExecuteAsync(user, new UploadDatasetCommand(await fixture.ResourceIdAsync(Permits), stream, name));
    }

    private static string Inline(string cell, string text) => $"""<c r="{cell}" t="inlineStr"><is><t>{System.Security.SecurityElement.Escape(text)}</t></is></c>""";

    private static string Shared(string cell, int index) => $"""<c r="{cell}" t="s"><v>{index}</v></c>""";

    private static string Row(int number, params string[] cells) => $"""<row r="{number}">{string.Concat(cells)}</row>""";

    /// <summary>A workbook of the parts a spreadsheet program writes (optional shared strings and styles).</summary>
    private static byte[] Workbook(string[]? sharedStrings, string? styles, params string[] rows)
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""",
            ["_rels/.rels"] = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
            ["xl/workbook.xml"] = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""",
            ["xl/worksheets/sheet1.xml"] = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}"><sheetData>{string.Concat(rows)}</sheetData></worksheet>""",
        };
        var links = $"""<Relationship Id="rId1" Type="{Relationships}/worksheet" Target="worksheets/sheet1.xml"/>""";
        if (sharedStrings is not null)
        {
            parts["xl/sharedStrings.xml"] = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{Main}" count="{sharedStrings.Length}" uniqueCount="{sharedStrings.Length}">{string.Concat(sharedStrings.Select(s => $"<si><t>{System.Security.SecurityElement.Escape(s)}</t></si>"))}</sst>""";
            links += $"""<Relationship Id="rId2" Type="{Relationships}/sharedStrings" Target="sharedStrings.xml"/>""";
        }

        if (styles is not null)
        {
            parts["xl/styles.xml"] = styles;
            links += $"""<Relationship Id="rId3" Type="{Relationships}/styles" Target="styles.xml"/>""";
        }

        parts["xl/_rels/workbook.xml.rels"] = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{links}</Relationships>""";
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return file.ToArray();
    }
}
