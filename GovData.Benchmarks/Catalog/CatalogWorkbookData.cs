using GovData.Domain.Resources;
using GovData.Workflows.Catalog.Excel;

namespace GovData.Benchmarks.Catalog;

/// <summary>A generated department-scale catalog: 10,000 resources with 10 data items each, streamed (never all in memory).</summary>
internal static class CatalogWorkbookData
{
    public const int Resources = 10_000;
    public const int ItemsPerResource = 10;

    private static readonly string[] Providers = ["WJ", "GA", "RS", "SCJG", "ZRZY", "JT"];

    /// <param name="provider">Every resource of this department (an import is one department's), or null for six.</param>
    public static string CodeOf(int i, string? provider = null) => $"2.01.{(i % 999) + 1:000}/{ProviderOf(i, provider)}-{i + 1:00000}";

    public static IEnumerable<ResourceRow> ResourceRows(string? provider = null)
    {
        for (var i = 0; i < Resources; i++)
        {
            var restricted = i % 3 != 0;
            yield return new ResourceRow
            {
                Code = CodeOf(i, provider),
                Name = $"数据资源{i + 1}：企业登记与许可信息",
                CatalogClass = CatalogClass.Theme,
                ClassCode = $"2.01.{(i % 999) + 1:000}",
                Theme = (Theme)((i % 11) + 1),
                PriorityDomain = i % 4 == 0 ? PriorityDomain.EnterpriseRegulation : null,
                ProviderCode = ProviderOf(i, provider),
                InternalUnit = "数据管理处",
                SourceSystem = $"业务系统{i % 50}",
                Summary = $"第 {i + 1} 个数据资源的摘要，说明资源内容、范围和用途。",
                Format = (ResourceFormat)((i % 6) + 1),
                RecordCount = i * 137L,
                DataVolumeMB = i * 0.25m,
                ShareType = restricted ? ShareType.Conditional : ShareType.Unconditional,
                ShareCondition = restricted ? "仅用于政务服务事项办理" : null,
                ShareMethod = ShareMethod.Interface,
                OpenType = restricted ? OpenType.NotOpen : OpenType.Unconditional,
                LegalBasis = restricted ? "《政务数据共享开放条例》第二十条" : null,
                UpdateCycle = (UpdateCycle)((i % 8) + 1),
                LastDataUpdate = new DateOnly(2025, 1, 1).AddDays(i % 300),
                RelatedCodes = i > 0 ? [CodeOf(i - 1, provider)] : [],
            };
        }
    }

    public static IEnumerable<ItemRow> ItemRows(string? provider = null)
    {
        for (var i = 0; i < Resources; i++)
        {
            var code = CodeOf(i, provider);
            for (var j = 0; j < ItemsPerResource; j++)
            {
                yield return new ItemRow
                {
                    ResourceCode = code,
                    Name = $"信息项{j + 1}",
                    EnglishName = $"item_{j + 1}",
                    DataType = (DataItemType)((j % 6) + 1),
                    Length = 20 + j,
                    Description = $"资源 {i + 1} 的第 {j + 1} 个信息项",
                    IsBaseItem = j == 0,
                    ShareType = ShareType.Unconditional,
                    OpenType = j % 2 == 0 ? OpenType.Unconditional : OpenType.NotOpen,
                    LegalBasis = j % 2 == 0 ? null : "《个人信息保护法》第十三条",
                };
            }
        }
    }

    private static string ProviderOf(int i, string? provider) => provider ?? Providers[i % Providers.Length];
}
