using ClosedXML.Excel;
using GovData.Workflows.Catalog.Excel;

namespace GovData.Tests.E2E;

/// <summary>
/// Fills a downloaded catalog template the way a catalog manager would in Excel: one resource on 目录 and its data
/// items on 信息项, each value under the column whose header names it (so the test follows the template, not positions).
/// </summary>
public static class CatalogTemplateFiller
{
    public static void Fill(string path, IReadOnlyDictionary<string, string> resource, IReadOnlyList<IReadOnlyDictionary<string, string>> items)
    {
        using var workbook = new XLWorkbook(path);
        WriteRow(workbook.Worksheet(CatalogSheets.Resources), 2, resource);
        for (var i = 0; i < items.Count; i++)
        {
            WriteRow(workbook.Worksheet(CatalogSheets.Items), i + 2, items[i]);
        }

        workbook.Save();
    }

    /// <summary>Sets one cell of the resource row, found by its header, e.g. to put a wrong value right.</summary>
    public static void SetResourceCell(string path, string header, string value)
    {
        using var workbook = new XLWorkbook(path);
        WriteRow(workbook.Worksheet(CatalogSheets.Resources), 2, new Dictionary<string, string> { [header] = value });
        workbook.Save();
    }

    /// <summary>The Excel column letter of a header on 目录, as the import names it in its errors.</summary>
    public static string ResourceColumnLetter(string header) =>
        CatalogSheets.ColumnLetter(CatalogSheets.ResourceColumns.Select(c => c.Header).ToList().IndexOf(header) + 1);

    private static void WriteRow(IXLWorksheet sheet, int row, IReadOnlyDictionary<string, string> values)
    {
        var headers = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString().Trim(), c => c.Address.ColumnNumber);
        foreach (var (header, value) in values)
        {
            Assert.True(headers.TryGetValue(header, out var column), $"The template has no column {header} on {sheet.Name}.");
            sheet.Cell(row, column).SetValue(value);
        }
    }
}
