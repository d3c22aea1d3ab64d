using static GovData.Workflows.Catalog.Excel.CatalogCellKind;
using V = GovData.Workflows.Catalog.Excel.CatalogVocabulary;

namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// The catalog workbook format: sheet names and the columns of each sheet, in order (docs/catalog/fields.md).
/// The template, the reader and the writer all follow this one definition. The Chinese texts here are the file
/// format (headers, instructions inside the workbook), not UI strings.
/// </summary>
public static class CatalogSheets
{
    public const string Resources = "目录";
    public const string Items = "信息项";
    public const string Options = "选项";
    public const string Instructions = "填写说明";

    public static IReadOnlyList<CatalogColumn<ResourceRow>> ResourceColumns { get; } =
    [
        new(nameof(ResourceRow.Code), "资源代码", ResourceCode, true, 24, "分类代码/提供方代码-序号（4–6 位数字），全市唯一，如 2.01.003/WJ-0003", r => r.Code),
        new(nameof(ResourceRow.Name), "资源名称", Text, true, 30, "数据资源的名称", r => r.Name) { MaxLength = 200 },
        new(nameof(ResourceRow.CatalogClass), "资源分类", CatalogCellKind.Enum, true, 10, "基础、主题或部门；须与分类代码第一位一致（1 基础 / 2 主题 / 3 部门）", r => r.CatalogClass) { Options = V.CatalogClasses },
        new(nameof(ResourceRow.ClassCode), "分类代码", ClassCode, true, 14, "类.项.目[.细目]：类 1 位，项 2 位，目 3 位，细目 3 位（可选），如 2.01.003、1.02.001.004", r => r.ClassCode),
        new(nameof(ResourceRow.Theme), "主题", CatalogCellKind.Enum, false, 14, "主题类资源必填", r => r.Theme) { Options = V.Themes },
        new(nameof(ResourceRow.BaseResourceKind), "基础资源类型", CatalogCellKind.Enum, false, 18, "基础类资源必填", r => r.BaseResourceKind) { Options = V.BaseResourceKinds },
        new(nameof(ResourceRow.PriorityDomain), "优先开放领域", CatalogCellKind.Enum, false, 14, "属于重点领域时填写（第二十八条）", r => r.PriorityDomain) { Options = V.PriorityDomains },
        new(nameof(ResourceRow.ProviderCode), "提供方代码", ProviderCode, true, 12, "提供部门的代码（大写字母或数字），须为导入人所在部门", r => r.ProviderCode),
        new(nameof(ResourceRow.InternalUnit), "内设机构", Text, false, 16, "负责该资源的内设机构", r => r.InternalUnit),
        new(nameof(ResourceRow.SourceSystem), "来源信息系统", Text, false, 20, "产生该资源的信息系统", r => r.SourceSystem),
        new(nameof(ResourceRow.Summary), "资源摘要", Text, true, 40, "资源内容的简要说明", r => r.Summary) { MaxLength = 2000 },
        new(nameof(ResourceRow.Format), "资源格式", CatalogCellKind.Enum, true, 12, "数据库、文件、电子表格、图像、流媒体或其他", r => r.Format) { Options = V.ResourceFormats },
        new(nameof(ResourceRow.RecordCount), "记录数", NonNegativeInteger, false, 12, "不小于 0 的整数", r => r.RecordCount),
        new(nameof(ResourceRow.DataVolumeMB), "数据量(MB)", NonNegativeDecimal, false, 12, "不小于 0 的数字，单位 MB", r => r.DataVolumeMB),
        new(nameof(ResourceRow.ShareType), "共享类型", CatalogCellKind.Enum, true, 14, "无条件共享、有条件共享或不予共享", r => r.ShareType) { Options = V.ShareTypes },
        new(nameof(ResourceRow.ShareCondition), "共享条件", Text, false, 24, "有条件共享时必填", r => r.ShareCondition),
        new(nameof(ResourceRow.ShareMethod), "共享方式", CatalogCellKind.Enum, false, 10, "接口、库表或文件；不予共享以外必填", r => r.ShareMethod) { Options = V.ShareMethods },
        new(nameof(ResourceRow.OpenType), "开放类型", CatalogCellKind.Enum, true, 14, "无条件开放、依申请开放或不予开放", r => r.OpenType) { Options = V.OpenTypes },
        new(nameof(ResourceRow.OpenCondition), "开放条件", Text, false, 24, "依申请开放时必填", r => r.OpenCondition),
        new(nameof(ResourceRow.LegalBasis), "法律依据", Text, false, 30, "共享类型不是无条件共享或开放类型不是无条件开放时必填（第二十条、第二十七条）", r => r.LegalBasis),
        new(nameof(ResourceRow.UpdateCycle), "更新周期", CatalogCellKind.Enum, true, 10, "实时、每日、每周、每月、每季度、每半年、每年或不定期", r => r.UpdateCycle) { Options = V.UpdateCycles },
        new(nameof(ResourceRow.LastDataUpdate), "数据最后更新日期", Date, false, 18, "日期，如 2025-10-10", r => r.LastDataUpdate),
        new(nameof(ResourceRow.ReleaseDate), "发布日期", Date, false, 14, "日期，如 2025-10-10；为空时发布当日自动填写", r => r.ReleaseDate),
        new(nameof(ResourceRow.RelatedCodes), "关联资源代码", ResourceCodeList, false, 30, "其他资源的资源代码，多个用；或换行分隔", r => r.RelatedCodes),
    ];

    public static IReadOnlyList<CatalogColumn<ItemRow>> ItemColumns { get; } =
    [
        new(nameof(ItemRow.ResourceCode), "资源代码", ResourceCode, true, 24, "所属资源的资源代码，须在“目录”表中", r => r.ResourceCode),
        new(nameof(ItemRow.Name), "信息项名称", Text, true, 24, "同一资源内不得重复", r => r.Name) { MaxLength = 100 },
        new(nameof(ItemRow.EnglishName), "英文名称", EnglishName, true, 20, "以字母开头，仅含字母、数字和下划线，如 person_name", r => r.EnglishName),
        new(nameof(ItemRow.DataType), "数据类型", CatalogCellKind.Enum, true, 12, "字符型、数值型、日期型、日期时间型、布尔型或二进制", r => r.DataType) { Options = V.DataItemTypes },
        new(nameof(ItemRow.Length), "长度", PositiveInteger, false, 8, "大于 0 的整数", r => r.Length),
        new(nameof(ItemRow.Description), "描述", Text, false, 30, "信息项的含义", r => r.Description),
        new(nameof(ItemRow.IsBaseItem), "基础数据项", CatalogCellKind.Boolean, false, 10, "是或否（空为否）；基础类资源的基础数据项必须无条件共享（第十九条）", r => r.IsBaseItem),
        new(nameof(ItemRow.ShareType), "共享类型", CatalogCellKind.Enum, true, 14, "无条件共享、有条件共享或不予共享", r => r.ShareType) { Options = V.ShareTypes },
        new(nameof(ItemRow.ShareCondition), "共享条件", Text, false, 24, "有条件共享时必填", r => r.ShareCondition),
        new(nameof(ItemRow.OpenType), "开放类型", CatalogCellKind.Enum, true, 14, "无条件开放、依申请开放或不予开放", r => r.OpenType) { Options = V.OpenTypes },
        new(nameof(ItemRow.OpenCondition), "开放条件", Text, false, 24, "依申请开放时填写", r => r.OpenCondition),
        new(nameof(ItemRow.LegalBasis), "法律依据", Text, false, 30, "共享或开放类型受限时必填", r => r.LegalBasis),
    ];

    /// <summary>The rules of the 填写说明 sheet, beyond the per-column notes.</summary>
    public static IReadOnlyList<string> Rules { get; } =
    [
        "“目录”表每行一个数据资源，“信息项”表每行一个信息项，用“资源代码”关联；每个资源至少有一个信息项。",
        "标题行不得修改、删除或调换为其他名称；带红色加粗标题的列为必填。",
        "枚举列请从下拉列表中选择，不要自行输入其他文字。",
        "共享类型不是无条件共享、或开放类型不是无条件开放时，必须填写法律依据（第二十条、第二十七条）。",
        "有条件共享须填写共享条件；依申请开放须填写开放条件。",
        "基础类资源的基础数据项必须无条件共享（第十九条）。",
        "资源代码全市唯一；同一文件中不得重复；只能导入本部门的资源。",
        "文件须为未加密的 .xlsx，大小不超过 20 MB。导入时全部校验通过才会写入，任何一处错误都不会改动已有数据。",
    ];

    /// <summary>Excel's column letters for a 1-based column index (1 → A, 27 → AA).</summary>
    public static string ColumnLetter(int index)
    {
        var letters = string.Empty;
        while (index > 0)
        {
            var remainder = (index - 1) % 26;
            letters = (char)('A' + remainder) + letters;
            index = (index - 1) / 26;
        }

        return letters;
    }
}
