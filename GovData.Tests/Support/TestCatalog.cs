using GovData.Domain.Catalog;
using GovData.Domain.Resources;
using GovData.Workflows.Persistence;

namespace GovData.Tests.Support;

/// <summary>Valid catalog entries for tests: content that passes every rule, and entries in a chosen status.</summary>
public static class TestCatalog
{
    public const string Basis = "《测试条例》第一条";

    /// <summary>A department-class entry (code like <c>3.09.001/GA-9001</c>) with one item on the entry's terms.</summary>
    public static CatalogEntryContent Content(
        string code, string? name = null, ShareType share = ShareType.Unconditional, OpenType open = OpenType.Unconditional, string? basis = null)
    {
        var parsed = ResourceCode.Parse(code);
        basis ??= CatalogRules.NeedsLegalBasis(share, open) ? Basis : null;
        return new CatalogEntryContent
        {
            Code = code,
            Name = name ?? $"资源 {code}",
            CatalogClass = parsed.ClassCode.CatalogClass,
            ClassCode = parsed.ClassCode.Value,
            Theme = parsed.ClassCode.CatalogClass == CatalogClass.Theme ? Theme.Health : null,
            BaseResourceKind = parsed.ClassCode.CatalogClass == CatalogClass.Base ? BaseResourceKind.Population : null,
            ProviderCode = parsed.ProviderCode,
            Summary = "测试用资源摘要。",
            Format = ResourceFormat.Database,
            ShareType = share,
            ShareCondition = share == ShareType.Conditional ? "仅限履职使用" : null,
            ShareMethod = share == ShareType.NotShared ? null : ShareMethod.Interface,
            OpenType = open,
            OpenCondition = open == OpenType.OnApplication ? "依申请提供" : null,
            LegalBasis = basis,
            UpdateCycle = UpdateCycle.Monthly,
            LastDataUpdate = new DateOnly(2026, 1, 1),
            Items =
            [
                new CatalogItemContent
                {
                    Name = "名称",
                    EnglishName = "Name",
                    DataType = DataItemType.String,
                    Length = 100,
                    ShareType = share,
                    ShareCondition = share == ShareType.Conditional ? "仅限履职使用" : null,
                    OpenType = open,
                    OpenCondition = open == OpenType.OnApplication ? "依申请提供" : null,
                    LegalBasis = basis,
                },
            ],
        };
    }

    /// <summary>Adds an entry in <paramref name="status"/> (published ones get version 1) and saves.</summary>
    public static async Task<DataResource> AddAsync(GovDataDbContext db, CatalogEntryContent content, int departmentId, CatalogStatus status)
    {
        var resource = DataResource.NewDraft(content, departmentId);
        db.DataResources.Add(resource);
        await db.SaveChangesAsync();
        if (status != CatalogStatus.Draft)
        {
            db.CatalogVersions.Add(resource.Publish(content, new CatalogRuleContext(), "system", "测试", new DateOnly(2026, 1, 5), new DateTime(2026, 1, 5, 1, 0, 0, DateTimeKind.Utc)));
        }

        if (status == CatalogStatus.Retired)
        {
            resource.Retire();
        }

        await db.SaveChangesAsync();
        return resource;
    }
}
