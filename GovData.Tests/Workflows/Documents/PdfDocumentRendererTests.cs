using GovData.Tests.Support;
using GovData.Workflows.Documents;

namespace GovData.Tests.Workflows.Documents;

/// <summary>The PDF renderer with the embedded fonts: Chinese and Latin text come out of pdftotext as written, the
/// fonts are embedded subsets, long tables continue on further pages, and the hash is the bytes' SHA-256.</summary>
public sealed class PdfDocumentRendererTests
{
    private static DocumentModel Sample(int rows = 3) => new(
        "政府数据开放申请书面答复书",
        [new DocumentField("答复编号", "开放答复〔2026〕000001号"), new DocumentField("申请人", "张三 (citizen, ID 11010519491231002X)")],
        [
            DocumentSection.OfFields("申请事项", new DocumentField("数据目录", "企业登记信息 1.01.001/SC-0003"), new DocumentField("用途", "学术研究")),
            DocumentSection.OfParagraphs("答复意见", "经审查，你（单位）申请的数据部分予以开放，其余数据项不予开放，理由及依据见下表。Reasons per item follow."),
            DocumentSection.OfTable(
                "逐项答复",
                new DocumentTable(
                    [new DocumentColumn("数据项", 2), new DocumentColumn("决定"), new DocumentColumn("理由与依据", 4)],
                    [.. Enumerable.Range(1, rows).Select(i => (IReadOnlyList<string>)[$"数据项{i}", i % 2 == 0 ? "不予开放" : "予以开放", $"《上海市公共数据开放办法》第{i}条 reason {i}"])])),
        ],
        new DocumentFooter(
            new DocumentField("答复部门", "市市场监督管理局"),
            new DocumentField("答复日期", "2026年1月5日"),
            new DocumentField("核验码", "ABCDE-FGHJK-MNPQR-STUVW"),
            "可在 /portal/replies/ABCDE-FGHJK-MNPQR-STUVW 核验本答复书的真实性。"));

    [Fact]
    public async Task Render_WritesChineseAndLatinText_ThatPdftotextReadsBack()
    {
        var rendered = new PdfDocumentRenderer().Render(Sample());

        var text = await PdfText.ExtractAsync(rendered.Content);

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(rendered.Content, 0, 5));
        Assert.Contains("政府数据开放申请书面答复书", text);
        Assert.Contains("开放答复〔2026〕000001号", text);
        Assert.Contains("张三 (citizen, ID 11010519491231002X)", text);
        Assert.Contains("企业登记信息 1.01.001/SC-0003", text);
        Assert.Contains("不予开放", text);
        Assert.Contains("市市场监督管理局", text);
        Assert.Contains("ABCDE-FGHJK-MNPQR-STUVW", text);
        Assert.Matches(@"1\s*/\s*1", text);
    }

    [Fact]
    public async Task Render_EmbedsSubsetsOfBothFonts()
    {
        var rendered = new PdfDocumentRenderer().Render(Sample());

        var fonts = await PdfText.FontsAsync(rendered.Content);

        var lines = fonts.Split('\n').Where(l => l.Contains("Droid Sans Fallback", StringComparison.Ordinal) || l.Contains("DejaVu Sans", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.Contains("Droid Sans Fallback", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("DejaVu Sans", StringComparison.Ordinal));
        // pdffonts columns: name type encoding emb sub uni object — every one embedded ("yes yes yes").
        Assert.All(lines, l => Assert.Contains("yes yes yes", l, StringComparison.Ordinal));
        // Subsetting keeps a reply far below the 4 MB of the CJK font file.
        Assert.True(rendered.Content.Length < 400_000, $"{rendered.Content.Length} bytes");
    }

    [Fact]
    public async Task Render_ALongTable_ContinuesOnMorePages_WithEveryRow()
    {
        var rendered = new PdfDocumentRenderer().Render(Sample(rows: 120));

        var text = await PdfText.ExtractAsync(rendered.Content);

        Assert.Contains("数据项1 ", text);
        Assert.Contains("数据项120", text);
        Assert.Contains("reason 120", text);
        Assert.Matches(@"3\s*/\s*[3-9]", text);
        // The header row repeats on each page.
        Assert.True(text.Split("理由与依据").Length - 1 >= 3);
    }

    [Fact]
    public void Render_HashIsTheSha256OfTheBytes()
    {
        var rendered = new PdfDocumentRenderer().Render(Sample());

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(rendered.Content)), rendered.Sha256);
        Assert.Equal(rendered.Sha256, DocumentHash.Normalize(" " + rendered.Sha256.ToUpperInvariant() + "\n"));
        Assert.Null(DocumentHash.Normalize("abc"));
    }

    [Fact]
    public void Table_WithARowOfTheWrongWidth_IsRefused()
    {
        var table = new DocumentTable([new DocumentColumn("a"), new DocumentColumn("b")], [["1"]]);

        Assert.Throws<ArgumentException>(table.Validated);
    }
}
