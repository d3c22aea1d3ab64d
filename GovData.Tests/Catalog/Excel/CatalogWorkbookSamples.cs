using ClosedXML.Excel;
using GovData.Domain.Resources;
using GovData.Workflows.Catalog.Excel;

namespace GovData.Tests.Catalog.Excel;

/// <summary>Small real workbooks for the reader tests: valid rows, and files built cell by cell with ClosedXML.</summary>
internal static class CatalogWorkbookSamples
{
    public static ResourceRow Resource(string code = "2.01.003/WJ-0003", int row = 0) => new()
    {
        Row = row,
        Code = code,
        Name = "出生医学证明信息",
        CatalogClass = CatalogClass.Theme,
        ClassCode = "2.01.003",
        Theme = Theme.Health,
        PriorityDomain = PriorityDomain.Medical,
        ProviderCode = "WJ",
        InternalUnit = "妇幼健康处",
        SourceSystem = "出生医学证明管理系统",
        Summary = "全市出生医学证明签发信息",
        Format = ResourceFormat.Database,
        RecordCount = 120_000,
        DataVolumeMB = 35.5m,
        ShareType = ShareType.Conditional,
        ShareCondition = "仅用于户籍登记",
        ShareMethod = ShareMethod.Interface,
        OpenType = OpenType.NotOpen,
        LegalBasis = "《母婴保健法》第二十三条",
        UpdateCycle = UpdateCycle.Daily,
        LastDataUpdate = new DateOnly(2025, 10, 10),
        ReleaseDate = new DateOnly(2025, 1, 2),
        RelatedCodes = ["1.01.001/GA-0001", "2.01.004/WJ-0004"],
    };

    public static ItemRow Item(string resourceCode = "2.01.003/WJ-0003", string name = "新生儿姓名", int row = 0) => new()
    {
        Row = row,
        ResourceCode = resourceCode,
        Name = name,
        EnglishName = "baby_name",
        DataType = DataItemType.String,
        Length = 50,
        Description = "新生儿的姓名",
        IsBaseItem = false,
        ShareType = ShareType.Conditional,
        ShareCondition = "仅用于户籍登记",
        OpenType = OpenType.NotOpen,
        LegalBasis = "《母婴保健法》第二十三条",
    };

    /// <summary>A valid row of 目录 as the cell texts a user types (column order of fields.md).</summary>
    public static string[] ResourceCells(string code = "2.01.003/WJ-0003") =>
    [
        code, "出生医学证明信息", "主题", "2.01.003", "健康保障", "", "医疗", "WJ", "妇幼健康处", "出生医学证明管理系统",
        "全市出生医学证明签发信息", "数据库", "120000", "35.5", "有条件共享", "仅用于户籍登记", "接口", "不予开放", "",
        "《母婴保健法》第二十三条", "每日", "2025-10-10", "", "1.01.001/GA-0001；2.01.004/WJ-0004",
    ];

    /// <summary>A valid row of 信息项 as cell texts.</summary>
    public static string[] ItemCells(string resourceCode = "2.01.003/WJ-0003", string name = "新生儿姓名") =>
    [
        resourceCode, name, "baby_name", "字符型", "50", "新生儿的姓名", "否", "有条件共享", "仅用于户籍登记", "不予开放", "", "《母婴保健法》第二十三条",
    ];

    public static string[] ResourceHeaders => [.. CatalogSheets.ResourceColumns.Select(c => c.Header)];

    public static string[] ItemHeaders => [.. CatalogSheets.ItemColumns.Select(c => c.Header)];

    /// <summary>A workbook with the two sheets, given header rows and data rows as texts (shared strings, like Excel).</summary>
    public static byte[] Build(string[][] resources, string[][] items, Action<XLWorkbook>? change = null)
    {
        using var workbook = new XLWorkbook();
        Fill(workbook.Worksheets.Add(CatalogSheets.Resources), resources);
        Fill(workbook.Worksheets.Add(CatalogSheets.Items), items);
        change?.Invoke(workbook);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>The standard headers plus the given data rows.</summary>
    public static byte[] Standard(string[][] resourceRows, string[][] itemRows, Action<XLWorkbook>? change = null) =>
        Build([ResourceHeaders, .. resourceRows], [ItemHeaders, .. itemRows], change);

    public static byte[] Valid() => Standard([ResourceCells()], [ItemCells()]);

    public static CatalogWorkbookReadResult Read(byte[] bytes, CatalogWorkbookLimits? limits = null)
    {
        using var stream = new MemoryStream(bytes);
        return new CatalogWorkbookReader(limits ?? new CatalogWorkbookLimits()).Read(stream);
    }

    public static string[] With(this string[] cells, int index, string value)
    {
        var copy = (string[])cells.Clone();
        copy[index] = value;
        return copy;
    }

    public static int ResourceColumn(string field) => IndexOf(CatalogSheets.ResourceColumns, field);

    public static int ItemColumn(string field) => IndexOf(CatalogSheets.ItemColumns, field);

    private static int IndexOf<TRow>(IReadOnlyList<CatalogColumn<TRow>> columns, string field) =>
        columns.Select((c, i) => (c, i)).Single(x => x.c.Field == field).i;

    private static void Fill(IXLWorksheet sheet, string[][] rows)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c].Length > 0)
                {
                    sheet.Cell(r + 1, c + 1).SetValue<string>(rows[r][c]);
                }
            }
        }
    }
}
