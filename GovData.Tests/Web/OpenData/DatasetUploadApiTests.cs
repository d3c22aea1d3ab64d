using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GovData.Tests.Support;
using GovData.Workflows.OpenData.Datasets;
using Microsoft.AspNetCore.Hosting;

namespace GovData.Tests.Web.OpenData;

/// <summary>
/// Issue #11 §4 over HTTP, through the dataset upload API of the real app: bad files get a 4xx problem in the caller's
/// language (Chinese by default, English on Accept-Language) and store nothing; a GB18030 file is stored; formula text
/// is neutralised in the CSV and XLSX served back.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class DatasetUploadApiTests(GovDataWebApplicationFactory factory)
{
    private const string Bus = "3.04.001/JT-0001";
    private const string BusHeader = "线路名称,站点名称,经度,纬度,首班时间,末班时间";
    private const string Clinics = "2.01.002/WJ-0002";

    [Fact]
    public async Task TypeMismatchInRow900000_Is422WithRowColumnValue_InEnglishOnRequest_NothingStored()
    {
        var id = await factory.EntryIdAsync(Bus);
        var before = await factory.ReleaseCountAsync(id);
        var client = await factory.ApiClientAsync("catalog.jt@govdata.local", "en");

        // 900,000 rows (~45 MB), generated while they are sent: the bad longitude is in the last one.
        var response = await client.PostAsync($"/api/catalog/resources/{id}/dataset?fileName=stops.csv", new GeneratedCsv(BusHeader, 900_000, row =>
            row == 900_000 ? "9路,末站,东经120,30.2,06:00,22:00" : $"{row % 50}路,站{row},120.{row % 1000},30.2,06:00,22:00"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await ProblemAsync(response);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(900_000, error.GetProperty("row").GetInt64());
        Assert.Equal("经度", error.GetProperty("column").GetString());
        Assert.Equal("东经120", error.GetProperty("value").GetString());
        Assert.Contains("number", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await factory.ReleaseCountAsync(id));
    }

    [Theory]
    [InlineData("线路名称,站点名称,经度,纬度,首班时间\n1路,站,120,30,06:00\n", DatasetUploadErrors.ColumnMissing)]
    [InlineData(BusHeader + ",备注\n1路,站,120,30,06:00,22:00,x\n", DatasetUploadErrors.ColumnUnknown)]
    [InlineData(BusHeader + "\n1路,\"火车站,120,30,06:00,22:00\n2路,站,120,30,06:00,22:00\n", DatasetUploadErrors.UnclosedQuote)]
    public async Task ColumnsMissingOrExtra_AndAnUnclosedQuote_Are422InChinese_NothingStored(string csv, string key)
    {
        var id = await factory.EntryIdAsync(Bus);
        var before = await factory.ReleaseCountAsync(id);
        var client = await factory.ApiClientAsync("catalog.jt@govdata.local");

        var response = await client.PostAsync($"/api/catalog/resources/{id}/dataset", Csv(Encoding.UTF8.GetBytes(csv)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("数据未保存", problem.GetProperty("title").GetString());
        var error = problem.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("key").GetString() == key);
        Assert.Matches("[\\u4e00-\\u9fff]", error.GetProperty("message").GetString()!);
        Assert.Equal(before, await factory.ReleaseCountAsync(id));
    }

    [Fact]
    public async Task UnknownOrForeignEntry_Is404Or403Problem()
    {
        var jt = await factory.ApiClientAsync("catalog.jt@govdata.local", "en");
        var ga = await factory.ApiClientAsync("catalog.ga@govdata.local");
        var id = await factory.EntryIdAsync(Bus);
        var body = Encoding.UTF8.GetBytes(BusHeader + "\n1路,站,120,30,06:00,22:00\n");

        var unknown = await jt.PostAsync("/api/catalog/resources/999999/dataset", Csv(body));
        var notNumber = await jt.PostAsync("/api/catalog/resources/abc/dataset", Csv(body));
        var foreign = await ga.PostAsync($"/api/catalog/resources/{id}/dataset", Csv(body));
        var anonymous = await factory.CreateClient().PostAsync($"/api/catalog/resources/{id}/dataset", Csv(body));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, notNumber.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Matches("[\\u4e00-\\u9fff]", (await ProblemAsync(foreign)).GetProperty("detail").GetString()!);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task OversizedUpload_Is413_NothingStored()
    {
        using var small = factory.WithWebHostBuilder(b => b.UseSetting("OpenData:Datasets:MaxUploadBytes", "4096"));
        var id = await factory.EntryIdAsync(Bus);
        var before = await factory.ReleaseCountAsync(id);
        var key = await factory.ApiClientAsync("catalog.jt@govdata.local", "en");
        var client = small.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key.DefaultRequestHeaders.GetValues("X-Api-Key").Single());
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.PostAsync($"/api/catalog/resources/{id}/dataset", new GeneratedCsv(BusHeader, 500, row => $"{row}路,站{row},120.1,30.2,06:00,22:00"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await factory.ReleaseCountAsync(id));
    }

    [Fact]
    public async Task Gb18030_IsStored_AndFormulaTextIsNeutralisedInCsvAndXlsx()
    {
        var id = await factory.EntryIdAsync(Clinics);
        var client = await factory.ApiClientAsync("catalog.wj@govdata.local");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB18030");
        var csv = "机构名称,机构类别,执业地址,诊疗科目,登记状态\r\n\"=HYPERLINK(\"\"http://evil\"\")\",综合医院,+解放路 1 号,@SUM(1),有效\r\n城西医院,综合医院,文三路 8 号,内科,有效\r\n";

        var response = await client.PostAsync($"/api/catalog/resources/{id}/dataset?fileName=clinics.csv", Csv(gb.GetBytes(csv)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("gb18030", receipt.RootElement.GetProperty("encoding").GetString());
        Assert.Equal(2, receipt.RootElement.GetProperty("rows").GetInt64());

        var anonymous = factory.CreateClient();
        var served = Encoding.UTF8.GetString(await anonymous.GetByteArrayAsync($"/api/open/datasets/{id}/csv"));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\",综合医院,'+解放路 1 号,'@SUM(1),有效\r\n", served, StringComparison.Ordinal);
        var xlsx = await anonymous.GetByteArrayAsync($"/api/open/datasets/{id}/xlsx");
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("'=HYPERLINK(\"http://evil\")", rows[0]["机构名称"]);
        Assert.Equal("'@SUM(1)", rows[0]["诊疗科目"]);
    }

    private static ByteArrayContent Csv(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>A CSV body written row by row as it is sent (never whole in memory).</summary>
    private sealed class GeneratedCsv(string header, int rows, Func<int, string> row) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            await writer.WriteAsync(header + "\n");
            for (var i = 1; i <= rows; i++)
            {
                await writer.WriteAsync(row(i));
                await writer.WriteAsync('\n');
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
