using GovData.Domain.Catalog;
using GovData.Domain.Resources;

namespace GovData.Workflows.Seeding;

/// <summary>
/// One demo entry: the resource-level metadata; the data items come from <see cref="SharingDemoData.Items"/>.
/// <see cref="DaysSinceUpdate"/> is counted back from the seeding day (a few are deliberately stale);
/// <see cref="BaseItems"/> names the base items of a Base resource (always shared unconditionally, Art. 19).
/// </summary>
public sealed record DemoResource(
    string Code,
    string Name,
    CatalogClass Class,
    string Department,
    ShareType Share,
    OpenType Open,
    string? Basis,
    string Summary,
    UpdateCycle Cycle,
    int DaysSinceUpdate,
    bool Published = true)
{
    public Theme? Theme { get; init; }

    public BaseResourceKind? BaseKind { get; init; }

    public PriorityDomain? Priority { get; init; }

    public string? ShareCondition { get; init; }

    public ShareMethod Method { get; init; } = ShareMethod.Interface;

    public string? OpenCondition { get; init; }

    public ResourceFormat Format { get; init; } = ResourceFormat.Database;

    public long Records { get; init; }

    public decimal VolumeMB { get; init; }

    public string? Unit { get; init; }

    public string? System { get; init; }

    public IReadOnlyList<string> BaseItems { get; init; } = [];

    public IReadOnlyList<string> Related { get; init; } = [];
}

/// <summary>Twenty-one realistic catalog entries across the six municipal departments.</summary>
public static class DemoResources
{
    private const string PersonalInfo = "《中华人民共和国个人信息保护法》第十三条、第三十四条";
    private const string ResidentId = "《中华人民共和国居民身份证法》第六条、第十九条";
    private const string SocialInsurance = "《中华人民共和国社会保险法》第八十一条";
    private const string MedicalRecords = "《医疗机构病历管理规定》第六条";
    private const string Surveying = "《中华人民共和国测绘法》第三十四条；《地图管理条例》第三十条";
    private const string Enterprise = "《企业信息公示暂行条例》第八条";
    private const string DutyCondition = "仅限因履行法定职责需要的政务部门使用，不得用于其他目的";
    private const string ApplyCondition = "申请人说明用途并承诺依法使用，经审核后提供";

    public static IReadOnlyList<DemoResource> All { get; } =
    [
        new("1.01.001/GA-0001", "常住人口基本信息", CatalogClass.Base, "GA", ShareType.Conditional, OpenType.NotOpen, ResidentId, "全市常住人口的姓名、公民身份号码、性别、民族、出生日期、住址等基础信息。", UpdateCycle.Daily, 1)
        {
            BaseKind = BaseResourceKind.Population, ShareCondition = DutyCondition, Records = 9_350_000, VolumeMB = 4_200,
            Unit = "人口管理支队", System = "人口信息管理系统", BaseItems = ["姓名", "公民身份号码", "性别", "出生日期"],
        },
        new("1.04.001/GA-0002", "居民身份证签发信息", CatalogClass.Base, "GA", ShareType.Conditional, OpenType.NotOpen, ResidentId, "居民身份证的签发机关、有效期限及证件状态。", UpdateCycle.Daily, 2)
        {
            BaseKind = BaseResourceKind.ElectronicLicence, ShareCondition = DutyCondition, Records = 8_900_000, VolumeMB = 1_650,
            Unit = "人口管理支队", System = "居民身份证签发系统", BaseItems = ["公民身份号码", "证件状态"], Related = ["1.01.001/GA-0001"],
        },
        new("3.01.001/GA-0003", "机动车登记信息", CatalogClass.Department, "GA", ShareType.Conditional, OpenType.NotOpen, PersonalInfo, "机动车所有人、号牌、车辆类型、登记及变更记录。", UpdateCycle.Daily, 12)
        {
            ShareCondition = DutyCondition, Records = 3_100_000, VolumeMB = 900, Unit = "交通管理支队", System = "机动车登记管理系统",
        },
        new("3.01.002/GA-0004", "道路交通事故统计", CatalogClass.Department, "GA", ShareType.Unconditional, OpenType.Unconditional, null, "按区县、月份汇总的道路交通事故起数及伤亡情况。", UpdateCycle.Monthly, 20)
        {
            Priority = PriorityDomain.Transport, Method = ShareMethod.File, Format = ResourceFormat.Spreadsheet, Records = 1_440, VolumeMB = 0.4m, Unit = "交通管理支队",
        },
        new("1.02.001/SCJG-0001", "市场主体登记信息", CatalogClass.Base, "SCJG", ShareType.Unconditional, OpenType.Unconditional, null, "企业、个体工商户的名称、统一社会信用代码、住所、法定代表人、经营范围等登记信息。", UpdateCycle.RealTime, 0)
        {
            BaseKind = BaseResourceKind.LegalEntity, Priority = PriorityDomain.EnterpriseRegulation, Records = 1_250_000, VolumeMB = 2_300,
            Unit = "登记注册处", System = "市场主体登记系统", BaseItems = ["统一社会信用代码", "名称", "法定代表人"],
        },
        new("2.06.001/SCJG-0002", "企业经营异常名录", CatalogClass.Theme, "SCJG", ShareType.Unconditional, OpenType.Unconditional, null, "列入及移出经营异常名录的企业、原因及日期。", UpdateCycle.Weekly, 4)
        {
            Theme = Theme.Credit, Priority = PriorityDomain.Credit, Records = 86_000, VolumeMB = 35, Unit = "信用监督管理处", System = "国家企业信用信息公示系统（本市）",
            Related = ["1.02.001/SCJG-0001"],
        },
        new("2.03.001/SCJG-0003", "食品生产许可证信息", CatalogClass.Theme, "SCJG", ShareType.Unconditional, OpenType.OnApplication, Enterprise, "食品生产许可证编号、持证主体、许可品种及有效期。", UpdateCycle.Monthly, 70)
        {
            Theme = Theme.FoodDrugSafety, OpenCondition = ApplyCondition, Records = 5_400, VolumeMB = 6, Unit = "食品生产安全监督管理处", System = "食品生产许可管理系统",
        },
        new("3.02.001/SCJG-0004", "行政处罚案件信息", CatalogClass.Department, "SCJG", ShareType.Conditional, OpenType.OnApplication, Enterprise, "市场监管领域行政处罚决定书主要内容。", UpdateCycle.Weekly, 3, Published: false)
        {
            ShareCondition = DutyCondition, OpenCondition = ApplyCondition, Records = 21_000, VolumeMB = 120, Unit = "执法稽查局", System = "行政执法办案系统",
        },
        new("2.02.001/RS-0001", "社会保险参保信息", CatalogClass.Theme, "RS", ShareType.Conditional, OpenType.NotOpen, SocialInsurance, "参保人员的险种、参保状态、缴费基数及缴费记录。", UpdateCycle.Monthly, 10)
        {
            Theme = Theme.SocialSecurity, Priority = PriorityDomain.SocialSecurity, ShareCondition = DutyCondition, Method = ShareMethod.Table,
            Records = 6_800_000, VolumeMB = 5_100, Unit = "社会保险经办中心", System = "社会保险信息系统",
        },
        new("2.02.002/RS-0002", "就业登记信息", CatalogClass.Theme, "RS", ShareType.Conditional, OpenType.NotOpen, PersonalInfo, "劳动者就业、失业登记及就业困难人员认定信息。", UpdateCycle.Monthly, 15)
        {
            Theme = Theme.SocialSecurity, Priority = PriorityDomain.Employment, ShareCondition = DutyCondition, Records = 2_300_000, VolumeMB = 800,
            Unit = "就业促进处", System = "公共就业服务信息系统",
        },
        new("2.02.003/RS-0003", "职业技能等级证书信息", CatalogClass.Theme, "RS", ShareType.Unconditional, OpenType.OnApplication, PersonalInfo, "职业技能等级证书编号、职业（工种）、等级及发证机构。", UpdateCycle.Quarterly, 30)
        {
            Theme = Theme.SocialSecurity, OpenCondition = "本人或经本人授权的用人单位申请查询", Records = 410_000, VolumeMB = 90, Unit = "职业能力建设处",
        },
        new("3.03.001/RS-0004", "人力资源市场供求统计", CatalogClass.Department, "RS", ShareType.Unconditional, OpenType.Unconditional, null, "按季度发布的岗位需求与求职人数统计。", UpdateCycle.Quarterly, 160)
        {
            Priority = PriorityDomain.Employment, Method = ShareMethod.File, Format = ResourceFormat.Spreadsheet, Records = 640, VolumeMB = 0.2m, Unit = "人力资源流动管理处",
        },
        new("2.01.001/WJ-0001", "电子健康档案", CatalogClass.Theme, "WJ", ShareType.NotShared, OpenType.NotOpen, MedicalRecords, "居民电子健康档案及诊疗记录，涉及个人隐私。", UpdateCycle.RealTime, 0)
        {
            Theme = Theme.Health, Records = 8_700_000, VolumeMB = 96_000, Unit = "基层卫生健康处", System = "全民健康信息平台",
        },
        new("2.01.002/WJ-0002", "医疗机构执业登记信息", CatalogClass.Theme, "WJ", ShareType.Unconditional, OpenType.Unconditional, null, "医疗机构名称、类别、执业地址、诊疗科目及登记状态。", UpdateCycle.Monthly, 25)
        {
            Theme = Theme.Health, Priority = PriorityDomain.Medical, Records = 7_900, VolumeMB = 8, Unit = "医政医管处", System = "医疗机构电子化注册系统",
        },
        new("2.01.003/WJ-0003", "出生医学证明信息", CatalogClass.Theme, "WJ", ShareType.Conditional, OpenType.NotOpen, PersonalInfo, "新生儿出生医学证明编号、出生时间、地点及父母信息。", UpdateCycle.Daily, 5)
        {
            Theme = Theme.Health, ShareCondition = DutyCondition, Records = 640_000, VolumeMB = 210, Unit = "妇幼健康处", System = "出生医学证明管理系统",
            Related = ["1.01.001/GA-0001"],
        },
        new("1.03.001/ZRZY-0001", "不动产登记信息", CatalogClass.Base, "ZRZY", ShareType.Conditional, OpenType.OnApplication, "《不动产登记暂行条例》第二十七条", "不动产单元、权利人、权利类型及抵押、查封等登记信息。", UpdateCycle.Daily, 1)
        {
            BaseKind = BaseResourceKind.NaturalResourcesGeospatial, ShareCondition = DutyCondition, OpenCondition = "权利人、利害关系人依法申请查询",
            Records = 4_600_000, VolumeMB = 7_800, Unit = "不动产登记中心", System = "不动产登记信息管理平台", BaseItems = ["不动产单元号"],
        },
        new("1.03.002/ZRZY-0002", "基础地理信息数据", CatalogClass.Base, "ZRZY", ShareType.Conditional, OpenType.NotOpen, Surveying, "1:2000 地形图、行政区划及地名地址等基础地理信息。", UpdateCycle.Yearly, 200)
        {
            BaseKind = BaseResourceKind.NaturalResourcesGeospatial, ShareCondition = "涉密成果须按保密规定申领，使用单位具备保密条件", Method = ShareMethod.File,
            Format = ResourceFormat.File, Records = 3_200, VolumeMB = 350_000, Unit = "测绘地理信息处", BaseItems = ["行政区划代码", "地名"],
        },
        new("2.07.001/ZRZY-0003", "国土空间规划成果", CatalogClass.Theme, "ZRZY", ShareType.Unconditional, OpenType.Unconditional, null, "已批准的国土空间总体规划及控制性详细规划成果。", UpdateCycle.Irregular, 400, Published: false)
        {
            Theme = Theme.UrbanRural, Method = ShareMethod.File, Format = ResourceFormat.File, Records = 180, VolumeMB = 12_000, Unit = "国土空间规划处",
        },
        new("3.04.001/JT-0001", "公交线路及站点信息", CatalogClass.Department, "JT", ShareType.Unconditional, OpenType.Unconditional, null, "公交线路走向、站点位置、首末班时间。", UpdateCycle.Weekly, 30)
        {
            Priority = PriorityDomain.Transport, Records = 42_000, VolumeMB = 15, Unit = "城市客运处", System = "公交运营监管平台",
        },
        new("3.04.002/JT-0002", "道路运输经营许可信息", CatalogClass.Department, "JT", ShareType.Unconditional, OpenType.Unconditional, null, "道路客货运输经营者名称、许可证号、经营范围及有效期。", UpdateCycle.Monthly, 12)
        {
            Priority = PriorityDomain.Transport, Records = 63_000, VolumeMB = 40, Unit = "运输管理处", System = "道路运政管理信息系统",
        },
        new("3.04.003/JT-0003", "出租汽车驾驶员从业资格信息", CatalogClass.Department, "JT", ShareType.Conditional, OpenType.OnApplication, PersonalInfo, "驾驶员从业资格证号、姓名、注册单位及服务质量信誉考核等级。", UpdateCycle.Monthly, 45)
        {
            ShareCondition = DutyCondition, OpenCondition = "乘客投诉处理或用人单位核验时申请", Records = 38_000, VolumeMB = 12, Unit = "城市客运处", System = "出租汽车监管平台",
        },
    ];

    /// <summary>The full content of <paramref name="r"/> as of <paramref name="today"/>.</summary>
    public static CatalogEntryContent Content(DemoResource r, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(r);
        var slash = r.Code.IndexOf('/', StringComparison.Ordinal);
        return new CatalogEntryContent
        {
            Code = r.Code,
            Name = r.Name,
            CatalogClass = r.Class,
            ClassCode = r.Code[..slash],
            Theme = r.Theme,
            BaseResourceKind = r.BaseKind,
            PriorityDomain = r.Priority,
            ProviderCode = r.Department,
            InternalUnit = r.Unit,
            SourceSystem = r.System,
            Summary = r.Summary,
            Format = r.Format,
            RecordCount = r.Records,
            DataVolumeMB = r.VolumeMB,
            ShareType = r.Share,
            ShareCondition = r.ShareCondition,
            ShareMethod = r.Share == ShareType.NotShared ? null : r.Method,
            OpenType = r.Open,
            OpenCondition = r.OpenCondition,
            LegalBasis = r.Basis,
            UpdateCycle = r.Cycle,
            LastDataUpdate = today.AddDays(-r.DaysSinceUpdate),
            RelatedCodes = r.Related,
            Items = [.. SharingDemoData.Items[r.Code].Select(i => Item(r, i))],
        };
    }

    private static CatalogItemContent Item(DemoResource r, (string Name, string English, string Type, int? Length) i)
    {
        // Base items of a Base resource are shared unconditionally (Art. 19); the others take the resource's terms.
        var isBase = r.BaseItems.Contains(i.Name);
        var share = isBase ? ShareType.Unconditional : r.Share;
        return new CatalogItemContent
        {
            Name = i.Name,
            EnglishName = ColumnName(i.English),
            DataType = i.Type switch
            {
                "数值型" => DataItemType.Number,
                "日期型" => DataItemType.Date,
                _ => DataItemType.String,
            },
            Length = i.Length,
            IsBaseItem = isBase,
            ShareType = share,
            ShareCondition = share == ShareType.Conditional ? r.ShareCondition : null,
            OpenType = r.Open,
            OpenCondition = r.Open == OpenType.OnApplication ? r.OpenCondition : null,
            LegalBasis = CatalogRules.NeedsLegalBasis(share, r.Open) ? r.Basis : null,
        };
    }

    /// <summary>
    /// The readable English name as the catalog's column-name form ("Citizen ID number" → citizen_id_number,
    /// "Mother's name" → mothers_name): the workbook import accepts only letters, digits and underscores, and an
    /// exported demo catalog must import again unchanged.
    /// </summary>
    internal static string ColumnName(string english)
    {
        var words = english.ToLowerInvariant()
            .Split([' ', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsAsciiLetterOrDigit)]))
            .Where(w => w.Length > 0);
        return string.Join('_', words);
    }
}
