using System.Collections.Frozen;
using GovData.Domain.Resources;

namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// The Chinese texts of the catalog enumerations and booleans as they appear in the workbook (docs/catalog/fields.md).
/// These texts are part of the file format, not UI strings: a workbook is read the same whatever the user's language.
/// The template, the reader, the writer (and the UI, for the same wording) take them from here.
/// </summary>
public static class CatalogVocabulary
{
    public const string Yes = "是";
    public const string No = "否";

    public static EnumTexts<CatalogClass> CatalogClasses { get; } = new(
        (CatalogClass.Base, "基础"),
        (CatalogClass.Theme, "主题"),
        (CatalogClass.Department, "部门"));

    public static EnumTexts<Theme> Themes { get; } = new(
        (Theme.Health, "健康保障"),
        (Theme.SocialSecurity, "社会保障"),
        (Theme.FoodDrugSafety, "食品药品安全"),
        (Theme.EmergencyManagement, "应急管理"),
        (Theme.PriceSupervision, "价格监管"),
        (Theme.Credit, "信用体系"),
        (Theme.UrbanRural, "城乡建设"),
        (Theme.Community, "社区治理"),
        (Theme.Ecology, "生态环保"),
        (Theme.Stability, "社会维稳"),
        (Theme.BusinessEnvironment, "营商环境"));

    public static EnumTexts<BaseResourceKind> BaseResourceKinds { get; } = new(
        (BaseResourceKind.Population, "人口"),
        (BaseResourceKind.LegalEntity, "法人单位"),
        (BaseResourceKind.NaturalResourcesGeospatial, "自然资源和空间地理"),
        (BaseResourceKind.ElectronicLicence, "电子证照"));

    public static EnumTexts<PriorityDomain> PriorityDomains { get; } = new(
        (PriorityDomain.Credit, "信用"),
        (PriorityDomain.Transport, "交通"),
        (PriorityDomain.Medical, "医疗"),
        (PriorityDomain.Employment, "就业"),
        (PriorityDomain.SocialSecurity, "社保"),
        (PriorityDomain.Education, "教育"),
        (PriorityDomain.Environment, "环境"),
        (PriorityDomain.Weather, "气象"),
        (PriorityDomain.EnterpriseRegulation, "企业登记监管"));

    public static EnumTexts<ResourceFormat> ResourceFormats { get; } = new(
        (ResourceFormat.Database, "数据库"),
        (ResourceFormat.File, "文件"),
        (ResourceFormat.Spreadsheet, "电子表格"),
        (ResourceFormat.Image, "图像"),
        (ResourceFormat.Stream, "流媒体"),
        (ResourceFormat.Other, "其他"));

    public static EnumTexts<ShareType> ShareTypes { get; } = new(
        (ShareType.Unconditional, "无条件共享"),
        (ShareType.Conditional, "有条件共享"),
        (ShareType.NotShared, "不予共享"));

    public static EnumTexts<ShareMethod> ShareMethods { get; } = new(
        (ShareMethod.Interface, "接口"),
        (ShareMethod.Table, "库表"),
        (ShareMethod.File, "文件"));

    public static EnumTexts<OpenType> OpenTypes { get; } = new(
        (OpenType.Unconditional, "无条件开放"),
        (OpenType.OnApplication, "依申请开放"),
        (OpenType.NotOpen, "不予开放"));

    public static EnumTexts<UpdateCycle> UpdateCycles { get; } = new(
        (UpdateCycle.RealTime, "实时"),
        (UpdateCycle.Daily, "每日"),
        (UpdateCycle.Weekly, "每周"),
        (UpdateCycle.Monthly, "每月"),
        (UpdateCycle.Quarterly, "每季度"),
        (UpdateCycle.HalfYearly, "每半年"),
        (UpdateCycle.Yearly, "每年"),
        (UpdateCycle.Irregular, "不定期"));

    public static EnumTexts<DataItemType> DataItemTypes { get; } = new(
        (DataItemType.String, "字符型"),
        (DataItemType.Number, "数值型"),
        (DataItemType.Date, "日期型"),
        (DataItemType.DateTime, "日期时间型"),
        (DataItemType.Boolean, "布尔型"),
        (DataItemType.Binary, "二进制"));

    public static IReadOnlyList<string> Booleans { get; } = [Yes, No];

    public static string TextOf(bool value) => value ? Yes : No;

    public static bool TryParseBoolean(string text, out bool value)
    {
        switch (text.Trim())
        {
            case Yes:
                value = true;
                return true;
            case No:
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}

/// <summary>The two-way map between the members of one enumeration and their workbook texts.</summary>
public interface IEnumTexts
{
    Type EnumType { get; }

    /// <summary>The texts in member order (the dropdown list).</summary>
    IReadOnlyList<string> Texts { get; }

    bool TryParseBoxed(string text, out object? member);

    string TextOfBoxed(object member);
}

/// <inheritdoc cref="IEnumTexts"/>
public sealed class EnumTexts<TEnum> : IEnumTexts
    where TEnum : struct, Enum
{
    private readonly FrozenDictionary<TEnum, string> _textOf;
    private readonly FrozenDictionary<string, TEnum> _memberOf;

    public EnumTexts(params (TEnum Member, string Text)[] pairs)
    {
        var missing = Enum.GetValues<TEnum>().Except(pairs.Select(p => p.Member)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No text for {typeof(TEnum).Name}: {string.Join(", ", missing)}.", nameof(pairs));
        }

        _textOf = pairs.ToFrozenDictionary(p => p.Member, p => p.Text);
        _memberOf = pairs.ToFrozenDictionary(p => p.Text, p => p.Member, StringComparer.Ordinal);
        Texts = [.. pairs.Select(p => p.Text)];
    }

    public Type EnumType => typeof(TEnum);

    public IReadOnlyList<string> Texts { get; }

    public string TextOf(TEnum member) => _textOf[member];

    public bool TryParse(string text, out TEnum member) => _memberOf.TryGetValue(text.Trim(), out member);

    public bool TryParseBoxed(string text, out object? member)
    {
        var found = TryParse(text, out var value);
        member = found ? value : null;
        return found;
    }

    public string TextOfBoxed(object member) => TextOf((TEnum)member);
}
