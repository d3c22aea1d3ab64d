using ClosedXML.Excel;
using GovData.Workflows.Catalog.Excel;
using static GovData.Tests.Catalog.Excel.CatalogWorkbookSamples;

namespace GovData.Tests.Catalog.Excel;

public sealed class CatalogWorkbookTemplateTests
{
    [Fact]
    public void Create_HasTheHeadersOfFieldsMd_RequiredOnesMarked()
    {
        using var workbook = Open();

        AssertHeaders(workbook.Worksheet(CatalogSheets.Resources), CatalogSheets.ResourceColumns);
        AssertHeaders(workbook.Worksheet(CatalogSheets.Items), CatalogSheets.ItemColumns);
        Assert.Equal("资源代码", workbook.Worksheet(CatalogSheets.Resources).Cell("A1").GetString());
        Assert.Equal("关联资源代码", workbook.Worksheet(CatalogSheets.Resources).Cell("X1").GetString());
    }

    [Fact]
    public void Create_PutsADropdownOnEveryEnumeratedColumn_FromTheHiddenOptionsSheet()
    {
        using var workbook = Open();
        var options = workbook.Worksheet(CatalogSheets.Options);
        Assert.Equal(XLWorksheetVisibility.Hidden, options.Visibility);

        var sheet = workbook.Worksheet(CatalogSheets.Resources);
        var expected = CatalogSheets.ResourceColumns.Select((c, i) => (c, i)).Where(x => x.c.ListValues is not null).ToList();
        Assert.Equal(9, expected.Count);
        foreach (var (column, index) in expected)
        {
            var validation = Assert.Single(sheet.DataValidations, v => v.Ranges.Any(r => r.FirstCell().Address.ColumnNumber == index + 1));
            Assert.Equal(XLAllowedValues.List, validation.AllowedValues);
            Assert.Equal(CatalogOptionLists.RangeFormula(column.ListValues!), validation.Value);
            var range = options.Range(validation.Value.Split('!')[1].Replace("$", string.Empty, StringComparison.Ordinal));
            Assert.Equal(column.ListValues, range.Cells().Select(c => c.GetString()));
        }

        var isBaseItem = CatalogSheets.ItemColumns.Select((c, i) => (c, i)).Single(x => x.c.Field == "IsBaseItem").i + 1;
        var booleans = Assert.Single(workbook.Worksheet(CatalogSheets.Items).DataValidations, v => v.Ranges.Any(r => r.FirstCell().Address.ColumnNumber == isBaseItem));
        Assert.Equal(CatalogOptionLists.RangeFormula(CatalogVocabulary.Booleans), booleans.Value);
    }

    [Fact]
    public void Create_FreezesTheHeaderAndSetsWidths()
    {
        using var workbook = Open();

        foreach (var (name, columns) in new[] { (CatalogSheets.Resources, CatalogSheets.ResourceColumns.Cast<CatalogColumn>()), (CatalogSheets.Items, CatalogSheets.ItemColumns) })
        {
            var sheet = workbook.Worksheet(name);
            Assert.Equal(1, sheet.SheetView.SplitRow);
            Assert.Equal(columns.Select(c => c.Width), columns.Select((_, i) => sheet.Column(i + 1).Width));
        }
    }

    [Fact]
    public void Create_ExplainsEveryColumnAndTheRules()
    {
        using var workbook = Open();
        var sheet = workbook.Worksheet(CatalogSheets.Instructions);

        var described = sheet.Column(2).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        Assert.Equal(CatalogSheets.ResourceColumns.Count + CatalogSheets.ItemColumns.Count, described.Count);
        var classCode = sheet.Column(2).CellsUsed().First(c => c.GetString() == "分类代码").WorksheetRow();
        Assert.Equal("是", classCode.Cell(3).GetString());
        Assert.Contains("2.01.003", classCode.Cell(4).GetString(), StringComparison.Ordinal);
        Assert.Contains(sheet.Column(1).CellsUsed(), c => c.GetString().Contains("法律依据", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_IsTheSameBytesEveryTime()
    {
        var template = new CatalogWorkbookTemplate();

        Assert.Equal(template.Create(), template.Create());
    }

    [Fact]
    public void Create_IsReadByTheReaderAsTwoEmptySheets()
    {
        var errors = Read(new CatalogWorkbookTemplate().Create()).Errors;

        Assert.Equal([(CatalogWorkbookErrors.SheetEmpty, CatalogSheets.Resources), (CatalogWorkbookErrors.SheetEmpty, CatalogSheets.Items)],
            errors.Select(e => (e.Key, e.Sheet)));
    }

    private static XLWorkbook Open() => new(new MemoryStream(new CatalogWorkbookTemplate().Create()));

    private static void AssertHeaders(IXLWorksheet sheet, IEnumerable<CatalogColumn> columns)
    {
        var index = 0;
        foreach (var column in columns)
        {
            var cell = sheet.Cell(1, ++index);
            Assert.Equal(column.Header, cell.GetString());
            Assert.True(cell.Style.Font.Bold);
            Assert.Equal(column.Required, cell.HasComment);
        }

        Assert.Equal(index, sheet.Row(1).CellsUsed().Count());
    }
}
