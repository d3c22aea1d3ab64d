using GovData.Domain.Resources;

namespace GovData.Workflows.Seeding;

public sealed record DemoResource(
    string Code,
    string Name,
    string Department,
    ShareType Share,
    OpenType Open,
    string? Basis,
    string Summary,
    bool Published = true);

/// <summary>About twenty realistic catalog entries across the six municipal departments.</summary>
public static class DemoResources
{
    private const string PersonalInfo = "《中华人民共和国个人信息保护法》第十三条、第三十四条";
    private const string ResidentId = "《中华人民共和国居民身份证法》第六条、第十九条";
    private const string SocialInsurance = "《中华人民共和国社会保险法》第八十一条";
    private const string MedicalRecords = "《医疗机构病历管理规定》第六条";
    private const string Surveying = "《中华人民共和国测绘法》第三十四条；《地图管理条例》第三十条";
    private const string Enterprise = "《企业信息公示暂行条例》第八条";

    public static IReadOnlyList<DemoResource> All { get; } =
    [
        new("JC-GA-0001", "常住人口基本信息", "GA", ShareType.Conditional, OpenType.NotOpen, ResidentId, "全市常住人口的姓名、公民身份号码、性别、民族、出生日期、住址等基础信息。"),
        new("JC-GA-0002", "居民身份证签发信息", "GA", ShareType.Conditional, OpenType.NotOpen, ResidentId, "居民身份证的签发机关、有效期限及证件状态。"),
        new("BM-GA-0003", "机动车登记信息", "GA", ShareType.Conditional, OpenType.NotOpen, PersonalInfo, "机动车所有人、号牌、车辆类型、登记及变更记录。"),
        new("BM-GA-0004", "道路交通事故统计", "GA", ShareType.Unconditional, OpenType.Unconditional, null, "按区县、月份汇总的道路交通事故起数及伤亡情况。"),
        new("JC-SCJG-0001", "市场主体登记信息", "SCJG", ShareType.Unconditional, OpenType.Unconditional, null, "企业、个体工商户的名称、统一社会信用代码、住所、法定代表人、经营范围等登记信息。"),
        new("ZT-SCJG-0002", "企业经营异常名录", "SCJG", ShareType.Unconditional, OpenType.Unconditional, null, "列入及移出经营异常名录的企业、原因及日期。"),
        new("ZT-SCJG-0003", "食品生产许可证信息", "SCJG", ShareType.Unconditional, OpenType.OnApplication, Enterprise, "食品生产许可证编号、持证主体、许可品种及有效期。"),
        new("BM-SCJG-0004", "行政处罚案件信息", "SCJG", ShareType.Conditional, OpenType.OnApplication, Enterprise, "市场监管领域行政处罚决定书主要内容。", Published: false),
        new("ZT-RS-0001", "社会保险参保信息", "RS", ShareType.Conditional, OpenType.NotOpen, SocialInsurance, "参保人员的险种、参保状态、缴费基数及缴费记录。"),
        new("ZT-RS-0002", "就业登记信息", "RS", ShareType.Conditional, OpenType.NotOpen, PersonalInfo, "劳动者就业、失业登记及就业困难人员认定信息。"),
        new("ZT-RS-0003", "职业技能等级证书信息", "RS", ShareType.Unconditional, OpenType.OnApplication, PersonalInfo, "职业技能等级证书编号、职业（工种）、等级及发证机构。"),
        new("BM-RS-0004", "人力资源市场供求统计", "RS", ShareType.Unconditional, OpenType.Unconditional, null, "按季度发布的岗位需求与求职人数统计。"),
        new("ZT-WJ-0001", "电子健康档案", "WJ", ShareType.NotShared, OpenType.NotOpen, MedicalRecords, "居民电子健康档案及诊疗记录，涉及个人隐私。"),
        new("ZT-WJ-0002", "医疗机构执业登记信息", "WJ", ShareType.Unconditional, OpenType.Unconditional, null, "医疗机构名称、类别、执业地址、诊疗科目及登记状态。"),
        new("ZT-WJ-0003", "出生医学证明信息", "WJ", ShareType.Conditional, OpenType.NotOpen, PersonalInfo, "新生儿出生医学证明编号、出生时间、地点及父母信息。"),
        new("JC-ZRZY-0001", "不动产登记信息", "ZRZY", ShareType.Conditional, OpenType.OnApplication, "《不动产登记暂行条例》第二十七条", "不动产单元、权利人、权利类型及抵押、查封等登记信息。"),
        new("JC-ZRZY-0002", "基础地理信息数据", "ZRZY", ShareType.Conditional, OpenType.NotOpen, Surveying, "1:2000 地形图、行政区划及地名地址等基础地理信息。"),
        new("ZT-ZRZY-0003", "国土空间规划成果", "ZRZY", ShareType.Unconditional, OpenType.Unconditional, null, "已批准的国土空间总体规划及控制性详细规划成果。", Published: false),
        new("BM-JT-0001", "公交线路及站点信息", "JT", ShareType.Unconditional, OpenType.Unconditional, null, "公交线路走向、站点位置、首末班时间。"),
        new("BM-JT-0002", "道路运输经营许可信息", "JT", ShareType.Unconditional, OpenType.Unconditional, null, "道路客货运输经营者名称、许可证号、经营范围及有效期。"),
        new("BM-JT-0003", "出租汽车驾驶员从业资格信息", "JT", ShareType.Conditional, OpenType.OnApplication, PersonalInfo, "驾驶员从业资格证号、姓名、注册单位及服务质量信誉考核等级。"),
    ];
}
