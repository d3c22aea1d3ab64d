using System.Text;
using GovData.Domain.Resources;
using GovData.Workflows.OpenData.Datasets;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.OpenData;

public abstract class UploadDatasetTestsCases(DatasetFixture fixture)
{
    private const string Bus = "3.04.001/JT-0001";
    private const string Header = "线路名称,站点名称,经度,纬度,首班时间,末班时间";

    [Fact]
    public async Task Utf8WithBom_StoresRelease_SetsLastUpdate_AndReadsBackRestrictedColumns()
    {
        var id = await fixture.ResourceIdAsync("3.04.002/JT-0002");
        var csv = "\uFEFF经营者名称,许可证号,经营范围,有效期至\r\n"
            + "平安客运,JT001,\"班车客运,包车\",2027/1/5\r\n"
            + "=HYPERLINK(\"x\"),JT002,-货运,2027-03-01\r\n";
        var result = await UploadAsync("catalog.jt@govdata.local", id, Encoding.UTF8.GetBytes(csv), "permits.csv");

        Assert.True(result.Succeeded, string.Join(";", result.Errors.Select(e => e.Key)));
        Assert.Equal(2, result.Release!.RowCount);
        Assert.Equal("utf-8-bom", result.Release.SourceEncoding);
        Assert.Equal(64, result.Release.Sha256.Length);
        await using (var db = fixture.Database.CreateDbContext())
        {
            var entry = await db.DataResources.SingleAsync(r => r.Id == id);
            Assert.Equal(DateOnly.FromDateTime(fixture.Database.Clock.GetUtcNow().UtcDateTime.AddHours(8)), entry.LastDataUpdate);
        }

        int[] wanted;
        await using (var db = fixture.Database.CreateDbContext())
        {
            wanted = await db.DataResources.Where(r => r.Id == id).SelectMany(r => r.Items).Where(i => i.Name == "经营者名称" || i.Name == "有效期至").Select(i => i.Id).ToArrayAsync();
        }

        var opened = await fixture.Open.CurrentAsync(id, wanted);
        Assert.Equal(DatasetOpenStatus.Opened, opened.Status);
        await using var rows = opened.Rows!;
        Assert.Equal(["经营者名称", "有效期至"], rows.Columns.Select(c => c.Name));
        var read = rows.ReadRows().ToList();
        Assert.Equal<string?>(["平安客运", "2027-01-05"], read[0].AsEnumerable());
        Assert.Equal("=HYPERLINK(\"x\")", read[1][0]);
    }

    [Fact]
    public async Task CsvWriter_NeutralisesFormulas_AndQuotes()
    {
        var id = await fixture.ResourceIdAsync("2.06.001/SCJG-0002");
        var csv = "统一社会信用代码,企业名称,列入原因,列入日期,移出日期\n91330100X,\"甲,乙公司\",@SUM(A1),2026-01-02,\n";
        Assert.True((await UploadAsync("catalog.scjg@govdata.local", id, Encoding.UTF8.GetBytes(csv), "a.csv")).Succeeded);

        var opened = await fixture.Open.CurrentAsync(id, null);
        await using var rows = opened.Rows!;
        using var output = new MemoryStream();
        await new DatasetCsvWriter().WriteAsync(rows, output);
        var text = Encoding.UTF8.GetString(output.ToArray());

        Assert.StartsWith("\uFEFF统一社会信用代码,", text, StringComparison.Ordinal);
        Assert.Contains("91330100X,\"甲,乙公司\",'@SUM(A1),2026-01-02,\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gb18030_IsDetectedAndConverted()
    {
        var id = await fixture.ResourceIdAsync("3.03.001/RS-0004");
        var gb = Encoding.GetEncoding("GB18030");
        var bytes = gb.GetBytes("统计季度,行业,需求人数,求职人数\r\n2026Q1,制造业,1200,980\r\n");
        var result = await UploadAsync("catalog.rs@govdata.local", id, bytes, "q.csv");

        Assert.True(result.Succeeded);
        Assert.Equal("gb18030", result.Release!.SourceEncoding);
        var opened = await fixture.Open.CurrentAsync(id, null);
        await using var rows = opened.Rows!;
        Assert.Equal<string?>(["2026Q1", "制造业", "1200", "980"], rows.ReadRows().Single().AsEnumerable());
    }

    [Fact]
    public async Task MissingAndExtraColumns_AreRefused_NothingStored()
    {
        var id = await fixture.ResourceIdAsync(Bus);
        var before = await fixture.ReleaseCountAsync(id);
        var result = await UploadAsync("catalog.jt@govdata.local", id, Encoding.UTF8.GetBytes("线路名称,站点名称,经度,纬度,首班时间,备注\n1路,火车站,120.1,30.2,06:00,x\n"), "b.csv");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Key == DatasetUploadErrors.ColumnUnknown && e.Column == "备注");
        Assert.Contains(result.Errors, e => e.Key == DatasetUploadErrors.ColumnMissing && e.Column == "末班时间");
        Assert.Equal(before, await fixture.ReleaseCountAsync(id));
        Assert.Equal(0, fixture.StoredFileCount(id));
    }

    [Fact]
    public async Task TypeMismatchLateInTheFile_IsReportedWithRowColumnValue_NothingStored()
    {
        var id = await fixture.ResourceIdAsync(Bus);
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 1; i <= 5000; i++)
        {
            csv.Append(i == 4321 ? "1路,站,东经120,30.2,06:00,22:00\n" : $"{i}路,站{i},120.{i},30.2,06:00,22:00\n");
        }

        var result = await UploadAsync("catalog.jt@govdata.local", id, Encoding.UTF8.GetBytes(csv.ToString()), "c.csv");

        var error = Assert.Single(result.Errors);
        Assert.Equal((4321L, "经度", "东经120", DatasetUploadErrors.NotNumber), (error.Row!.Value, error.Column, error.Value, error.Key));
        Assert.Equal(0, fixture.StoredFileCount(id));
    }

    [Fact]
    public void Scan_Utf8WithACharacterSplitAcrossTwoReads_IsStillUtf8()
    {
        // The scan reads 64 KiB at a time: "站" (3 bytes) is placed so it straddles the first boundary.
        var csv = new StringBuilder(Header).Append('\n');
        while (Encoding.UTF8.GetByteCount(csv.ToString()) < (1 << 16) - 40)
        {
            csv.Append("1路,站,120.1,30.2,06:00,22:00\n");
        }

        var pad = (1 << 16) - 1 - Encoding.UTF8.GetByteCount(csv.ToString()) - Encoding.UTF8.GetByteCount("1路,");
        csv.Append("1路,").Append('x', pad).Append("站,120.1,30.2,06:00,22:00\n");
        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        Assert.Equal(0xE7, bytes[(1 << 16) - 1]);

        var (encoding, error) = DatasetTextScan.Scan(new MemoryStream(bytes), 1 << 20, CancellationToken.None);

        Assert.Null(error);
        Assert.Equal(DatasetTextScan.Utf8, encoding);
    }

    [Fact]
    public async Task UnclosedQuote_IsRefusedWithItsRow()
    {
        var id = await fixture.ResourceIdAsync(Bus);
        var result = await UploadAsync("catalog.jt@govdata.local", id, Encoding.UTF8.GetBytes(Header + "\n1路,站,120,30,06:00,22:00\n2路,\"火车站,120,30,06:00,22:00\n3路,站,120,30,06:00,22:00\n"), "d.csv");

        var error = Assert.Single(result.Errors);
        Assert.Equal(DatasetUploadErrors.UnclosedQuote, error.Key);
        Assert.Equal(2, error.Row);
    }

    [Fact]
    public async Task Utf16AndBinary_AreRefused()
    {
        var id = await fixture.ResourceIdAsync(Bus);
        var utf16 = await UploadAsync("catalog.jt@govdata.local", id, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header)).ToArray(), "e.csv");
        var binary = await UploadAsync("catalog.jt@govdata.local", id, [0x41, 0x00, 0x42], "f.csv");

        Assert.Equal(DatasetUploadErrors.Utf16, Assert.Single(utf16.Errors).Key);
        Assert.Equal(DatasetUploadErrors.Binary, Assert.Single(binary.Errors).Key);
    }

    [Fact]
    public async Task WrongValueCount_AndInvalidBytes_AreRefused()
    {
        var id = await fixture.ResourceIdAsync(Bus);
        var count = await UploadAsync("catalog.jt@govdata.local", id, Encoding.UTF8.GetBytes(Header + "\n1路,站,120,30,06:00\n"), "g.csv");
        Assert.Equal(DatasetUploadErrors.ValueCount, Assert.Single(count.Errors).Key);

        // Neither UTF-8 nor GB18030 (0x80 alone is not a GB18030 lead byte followed by a valid trail).
        var broken = Encoding.UTF8.GetBytes(Header + "\n1路,站,120,30,06:00,22:00\n").Concat(new byte[] { 0x81, 0x20, 0x0A }).ToArray();
        var encoding = await UploadAsync("catalog.jt@govdata.local", id, broken, "h.csv");
        Assert.Equal(DatasetUploadErrors.Encoding, Assert.Single(encoding.Errors).Key);
        Assert.Equal(0, fixture.StoredFileCount(id));
    }

    [Fact]
    public async Task OtherDepartment_IsNotAllowed_AnonymousSeesNothing_DraftOfOthersNotFound()
    {
        var id = await fixture.ResourceIdAsync(Bus);
        var rs = await UploadAsync("catalog.rs@govdata.local", id, Encoding.UTF8.GetBytes(Header + "\n"), "i.csv");
        Assert.Equal(DatasetUploadErrors.NotAllowed, Assert.Single(rs.Errors).Key);

        var anonymous = await fixture.Upload.ExecuteAsync(GovData.Domain.Identity.UserContext.Anonymous, new UploadDatasetCommand(id, new MemoryStream([1]), "x.csv"));
        Assert.Equal(DatasetUploadErrors.NotAllowed, Assert.Single(anonymous.Errors).Key);

        var draft = await fixture.ResourceIdAsync("2.07.001/ZRZY-0003");
        var other = await UploadAsync("catalog.jt@govdata.local", draft, [1], "j.csv");
        Assert.Equal(DatasetUploadErrors.NotFound, Assert.Single(other.Errors).Key);
        var own = await UploadAsync("catalog.zrzy@govdata.local", draft, [1], "j.csv");
        Assert.Equal(DatasetUploadErrors.NotPublished, Assert.Single(own.Errors).Key);
    }

    [Fact]
    public async Task TamperedFile_IsNotOpened()
    {
        var id = await fixture.ResourceIdAsync("2.01.002/WJ-0002");
        var result = await UploadAsync("catalog.wj@govdata.local", id, Encoding.UTF8.GetBytes("机构名称,机构类别,执业地址,诊疗科目,登记状态\n市一医院,综合医院,解放路1号,内科,有效\n"), "k.csv");
        Assert.True(result.Succeeded);
        var path = fixture.Store.PathOf(id, result.Release!.StoredFileName);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^3] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);

        Assert.Equal(DatasetOpenStatus.Corrupt, (await fixture.Open.CurrentAsync(id, null)).Status);
    }

    [Fact]
    public async Task Xlsx_IsReadByHeader_AndWrittenBackAsXlsx()
    {
        var id = await fixture.ResourceIdAsync("3.01.002/GA-0004");
        using var workbook = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(workbook, new[]
        {
            new Dictionary<string, object> { ["区县"] = "上城区", ["统计月份"] = "2026-01", ["事故起数"] = 12, ["死亡人数"] = 0, ["受伤人数"] = 5 },
            new Dictionary<string, object> { ["区县"] = "+西湖区", ["统计月份"] = "2026-01", ["事故起数"] = 9, ["死亡人数"] = 1, ["受伤人数"] = 3 },
        });
        var result = await UploadAsync("catalog.ga@govdata.local", id, workbook.ToArray(), "accidents.xlsx");
        Assert.True(result.Succeeded, string.Join(";", result.Errors.Select(e => e.Key + e.Column + e.Value)));
        Assert.Equal(2, result.Release!.RowCount);

        var opened = await fixture.Open.CurrentAsync(id, null);
        await using var rows = opened.Rows!;
        using var output = new MemoryStream();
        await new DatasetXlsxWriter().WriteAsync(rows, output);
        output.Position = 0;
        var back = MiniExcelLibs.MiniExcel.Query(output, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("'+西湖区", back[1]["区县"]);
        Assert.Equal(12m, Convert.ToDecimal(back[0]["事故起数"], System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<DatasetUploadResult> UploadAsync(string email, int id, byte[] content, string name)
    {
        var user = await fixture.Database.UserAsync(email);
        using var stream = new MemoryStream(content);
        return await fixture.Upload.ExecuteAsync(user, new UploadDatasetCommand(id, stream, name));
    }
}

public sealed class UploadDatasetTests(DatasetFixture fixture) : UploadDatasetTestsCases(fixture), IClassFixture<DatasetFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class UploadDatasetTestsOnPostgreSql(PostgreSqlDatasetFixture fixture) : UploadDatasetTestsCases(fixture), IClassFixture<PostgreSqlDatasetFixture>;
