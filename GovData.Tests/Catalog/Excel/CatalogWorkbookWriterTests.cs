using System.Text.Json;
using ClosedXML.Excel;
using GovData.Domain.Resources;
using GovData.Workflows.Catalog.Excel;
using static GovData.Tests.Catalog.Excel.CatalogWorkbookSamples;

namespace GovData.Tests.Catalog.Excel;

public sealed class CatalogWorkbookWriterTests
{
    private static readonly string[] DangerousTexts = ["=1+1", "+86 10", "-cmd|' /C calc'!A0", "@SUM(A1)", "\tTab", "\rReturn", "\nLine"];

    [Fact]
    public void Write_ThenRead_GivesTheSameRows()
    {
        ResourceRow[] resources =
        [
            Resource(row: 2),
            Resource("1.02.001.004/GA-000123", row: 3) with
            {
                CatalogClass = CatalogClass.Base,
                ClassCode = "1.02.001.004",
                Theme = null,
                BaseResourceKind = BaseResourceKind.Population,
                PriorityDomain = null,
                ProviderCode = "GA",
                InternalUnit = null,
                SourceSystem = null,
                Name = "=HYPERLINK(\"http://evil\")",
                Summary = "-summary that looks like a formula",
                RecordCount = 0,
                DataVolumeMB = null,
                ShareType = ShareType.Unconditional,
                ShareCondition = null,
                ShareMethod = ShareMethod.Table,
                OpenType = OpenType.Unconditional,
                LegalBasis = null,
                UpdateCycle = UpdateCycle.Irregular,
                LastDataUpdate = null,
                ReleaseDate = null,
                RelatedCodes = [],
            },
        ];
        ItemRow[] items =
        [
            Item(row: 2),
            Item("1.02.001.004/GA-000123", "@姓名", row: 3) with { IsBaseItem = true, Length = null, Description = "+x", LegalBasis = null, ShareType = ShareType.Unconditional, ShareCondition = null, OpenType = OpenType.OnApplication, OpenCondition = "凭身份证明" },
        ];

        var result = Read(Write(resources, items));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(Json(resources), Json(result.Resources));
        Assert.Equal(Json(items), Json(result.Items));
    }

    [Fact]
    public void Write_NeutralisesEveryTextThatLooksLikeAFormula()
    {
        var resources = DangerousTexts.Select((text, i) => Resource($"2.01.003/WJ-{i + 1:0000}", i + 2) with { Name = text, Summary = "安全" }).ToArray();
        var items = resources.Select(r => Item(r.Code) with { Description = r.Name }).ToArray();

        using var workbook = new XLWorkbook(new MemoryStream(Write(resources, items)));

        var names = workbook.Worksheet(CatalogSheets.Resources).Column(2).CellsUsed().Skip(1).ToList();
        Assert.Equal(DangerousTexts.Select(Neutralised), names.Select(c => c.GetString()));
        Assert.All(names, c => Assert.False(c.HasFormula));
        Assert.Equal("安全", workbook.Worksheet(CatalogSheets.Resources).Cell(2, 11).GetString());
        var descriptions = workbook.Worksheet(CatalogSheets.Items).Column(6).CellsUsed().Skip(1).Select(c => c.GetString());
        Assert.Equal(DangerousTexts.Select(Neutralised), descriptions);
    }

    [Fact]
    public void Write_KeepsTheTemplateLayout_FrozenHeaderWidthsAndDropdowns()
    {
        using var workbook = new XLWorkbook(new MemoryStream(Write([Resource()], [Item()])));

        var sheet = workbook.Worksheet(CatalogSheets.Items);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(CatalogSheets.ItemColumns.Select(c => c.Header), sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(CatalogSheets.ItemColumns.Select(c => c.Width), CatalogSheets.ItemColumns.Select((_, i) => sheet.Column(i + 1).Width));
        Assert.Equal(4, sheet.DataValidations.Count());
        Assert.Equal(XLWorksheetVisibility.Hidden, workbook.Worksheet(CatalogSheets.Options).Visibility);
        Assert.Equal("2.01.003/WJ-0003", workbook.Worksheet(CatalogSheets.Resources).Cell("A2").GetString());
    }

    [Fact]
    public void Write_UsesRelativeRelationshipTargets_AsExcelDoes()
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(Write([Resource()], [Item()])));

        var rels = zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)).ToList();
        var targets = rels.SelectMany(e =>
        {
            using var reader = new StreamReader(e.Open());
            return System.Text.RegularExpressions.Regex.Matches(reader.ReadToEnd(), "Target=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        }).ToList();

        Assert.Contains("xl/workbook.xml", targets);
        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.False(t.StartsWith('/'), t));
        Assert.All(targets, t => Assert.Contains(zip.Entries, e => e.FullName.EndsWith(t.TrimStart('.', '/'), StringComparison.Ordinal)));
    }

    private static byte[] Write(IEnumerable<ResourceRow> resources, IEnumerable<ItemRow> items)
    {
        using var stream = new MemoryStream();
        new CatalogWorkbookWriter().Write(stream, resources, items);
        return stream.ToArray();
    }

    // Line breaks are written as LF (Excel's), so a leading CR comes back as LF, still behind the apostrophe.
    private static string Neutralised(string text) => "'" + text.ReplaceLineEndings("\n");

    private static string Json<T>(IEnumerable<T> rows) => JsonSerializer.Serialize(rows);
}
