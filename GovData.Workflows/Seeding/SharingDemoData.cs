using GovData.Domain.Legal;
using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Seeding;

/// <summary>
/// The sharing side of the demo city: data items of every demo resource (by code; DemoResources makes them part of
/// each entry's content) and the legal-basis register.
/// </summary>
public static class SharingDemoData
{
    private const string Text = "字符型";
    private const string Date = "日期型";
    private const string Number = "数值型";

    /// <summary>Items by resource code: name, English name, data type, length.</summary>
    public static IReadOnlyDictionary<string, (string Name, string English, string Type, int? Length)[]> Items { get; } =
        new Dictionary<string, (string, string, string, int?)[]>
        {
            ["1.01.001/GA-0001"] = [("姓名", "Name", Text, 50), ("公民身份号码", "Citizen ID number", Text, 18), ("性别", "Sex", Text, 2), ("民族", "Ethnicity", Text, 20), ("出生日期", "Date of birth", Date, null), ("住址", "Address", Text, 200)],
            ["1.04.001/GA-0002"] = [("公民身份号码", "Citizen ID number", Text, 18), ("签发机关", "Issuing authority", Text, 100), ("有效期限起始日期", "Valid from", Date, null), ("有效期限截止日期", "Valid until", Date, null), ("证件状态", "Card status", Text, 10)],
            ["3.01.001/GA-0003"] = [("号牌号码", "Plate number", Text, 15), ("车辆类型", "Vehicle type", Text, 20), ("所有人", "Owner", Text, 100), ("初次登记日期", "First registration date", Date, null), ("车辆状态", "Vehicle status", Text, 10)],
            ["3.01.002/GA-0004"] = [("区县", "District", Text, 50), ("统计月份", "Month", Text, 7), ("事故起数", "Accidents", Number, null), ("死亡人数", "Deaths", Number, null), ("受伤人数", "Injuries", Number, null)],
            ["1.02.001/SCJG-0001"] = [("统一社会信用代码", "Unified social credit code", Text, 18), ("名称", "Name", Text, 200), ("住所", "Domicile", Text, 200), ("法定代表人", "Legal representative", Text, 50), ("经营范围", "Business scope", Text, 2000), ("成立日期", "Date of establishment", Date, null)],
            ["2.06.001/SCJG-0002"] = [("统一社会信用代码", "Unified social credit code", Text, 18), ("企业名称", "Enterprise name", Text, 200), ("列入原因", "Reason for listing", Text, 500), ("列入日期", "Date listed", Date, null), ("移出日期", "Date removed", Date, null)],
            ["2.03.001/SCJG-0003"] = [("许可证编号", "Licence number", Text, 20), ("持证主体", "Licence holder", Text, 200), ("许可品种", "Licensed categories", Text, 500), ("有效期至", "Valid until", Date, null)],
            ["3.02.001/SCJG-0004"] = [("处罚决定书文号", "Decision number", Text, 50), ("当事人名称", "Party", Text, 200), ("违法行为类型", "Violation type", Text, 200), ("处罚内容", "Penalty", Text, 1000), ("处罚决定日期", "Decision date", Date, null)],
            ["2.02.001/RS-0001"] = [("公民身份号码", "Citizen ID number", Text, 18), ("姓名", "Name", Text, 50), ("险种", "Insurance type", Text, 20), ("参保状态", "Insurance status", Text, 10), ("缴费基数", "Contribution base", Number, null), ("参保单位", "Insured employer", Text, 200)],
            ["2.02.002/RS-0002"] = [("公民身份号码", "Citizen ID number", Text, 18), ("姓名", "Name", Text, 50), ("就业状态", "Employment status", Text, 10), ("登记日期", "Registration date", Date, null), ("就业困难人员类别", "Hard-to-employ category", Text, 50)],
            ["2.02.003/RS-0003"] = [("证书编号", "Certificate number", Text, 30), ("姓名", "Name", Text, 50), ("职业（工种）", "Occupation", Text, 100), ("等级", "Level", Text, 10), ("发证机构", "Issuing body", Text, 200)],
            ["3.03.001/RS-0004"] = [("统计季度", "Quarter", Text, 7), ("行业", "Industry", Text, 100), ("需求人数", "Vacancies", Number, null), ("求职人数", "Job seekers", Number, null)],
            ["2.01.001/WJ-0001"] = [("健康档案编号", "Health record number", Text, 30), ("公民身份号码", "Citizen ID number", Text, 18), ("既往病史", "Medical history", Text, 2000), ("就诊记录", "Visits", Text, 4000)],
            ["2.01.002/WJ-0002"] = [("机构名称", "Institution name", Text, 200), ("机构类别", "Institution category", Text, 50), ("执业地址", "Practice address", Text, 200), ("诊疗科目", "Clinical departments", Text, 1000), ("登记状态", "Registration status", Text, 10)],
            ["2.01.003/WJ-0003"] = [("出生医学证明编号", "Birth certificate number", Text, 20), ("新生儿姓名", "Newborn name", Text, 50), ("出生时间", "Time of birth", Date, null), ("出生地点", "Place of birth", Text, 200), ("母亲姓名", "Mother's name", Text, 50), ("父亲姓名", "Father's name", Text, 50)],
            ["1.03.001/ZRZY-0001"] = [("不动产单元号", "Real estate unit number", Text, 28), ("权利人", "Right holder", Text, 200), ("权利类型", "Right type", Text, 50), ("抵押状态", "Mortgage status", Text, 10), ("查封状态", "Seizure status", Text, 10)],
            ["1.03.002/ZRZY-0002"] = [("图幅编号", "Map sheet number", Text, 20), ("比例尺", "Scale", Text, 10), ("行政区划代码", "Administrative division code", Text, 12), ("地名", "Place name", Text, 100)],
            ["2.07.001/ZRZY-0003"] = [("规划名称", "Plan name", Text, 200), ("批准文号", "Approval number", Text, 50), ("批准日期", "Approval date", Date, null)],
            ["3.04.001/JT-0001"] = [("线路名称", "Line name", Text, 50), ("站点名称", "Stop name", Text, 100), ("经度", "Longitude", Number, null), ("纬度", "Latitude", Number, null), ("首班时间", "First departure", Text, 5), ("末班时间", "Last departure", Text, 5)],
            ["3.04.002/JT-0002"] = [("经营者名称", "Operator name", Text, 200), ("许可证号", "Permit number", Text, 30), ("经营范围", "Scope", Text, 500), ("有效期至", "Valid until", Date, null)],
            ["3.04.003/JT-0003"] = [("从业资格证号", "Qualification number", Text, 30), ("姓名", "Name", Text, 50), ("注册单位", "Registered company", Text, 200), ("信誉考核等级", "Service rating", Text, 10)],
        };

    /// <summary>The register: the laws DemoResources cites, plus a few a refusal often cites.</summary>
    public static IReadOnlyList<(string Law, string Article, string Text)> LegalBases { get; } =
    [
        ("中华人民共和国个人信息保护法", "第十三条", "符合下列情形之一的，个人信息处理者方可处理个人信息：……（三）为履行法定职责或者法定义务所必需；……（摘要）"),
        ("中华人民共和国个人信息保护法", "第三十四条", "国家机关为履行法定职责处理个人信息，应当依照法律、行政法规规定的权限、程序进行，不得超出履行法定职责所必需的范围和限度。"),
        ("中华人民共和国居民身份证法", "第六条", "公安机关及其人民警察对因制作、发放、查询、查验居民身份证而知悉的公民的个人信息，应当予以保密。（摘要）"),
        ("中华人民共和国居民身份证法", "第十九条", "国家机关或者金融、电信、交通、教育、医疗等单位的工作人员泄露在履行职责或者提供服务过程中获得的居民身份证记载的公民个人信息的，依法追究责任。（摘要）"),
        ("中华人民共和国社会保险法", "第八十一条", "社会保险行政部门和其他有关行政部门、社会保险经办机构及其工作人员，应当依法为用人单位和个人的信息保密。（摘要）"),
        ("医疗机构病历管理规定", "第六条", "医疗机构及其医务人员应当严格保护患者隐私，禁止以非医疗、教学、研究目的泄露患者的病历资料。"),
        ("中华人民共和国测绘法", "第三十四条", "县级以上人民政府测绘地理信息主管部门应当及时获取、处理、更新基础测绘成果；涉密测绘成果的使用依照有关保密规定执行。（摘要）"),
        ("地图管理条例", "第三十条", "涉及国家秘密的地图及其数据的使用，应当遵守保密法律法规。（摘要）"),
        ("企业信息公示暂行条例", "第八条", "企业应当按照规定报送并公示年度报告；有关部门依法共享企业信息。（摘要）"),
        ("不动产登记暂行条例", "第二十七条", "权利人、利害关系人可以依法查询、复制不动产登记资料，不动产登记机构应当提供。（摘要）"),
        ("中华人民共和国数据安全法", "第三十八条", "国家机关为履行法定职责的需要收集、使用数据，应当在其履行法定职责的范围内依照法律、行政法规规定的条件和程序进行。（摘要）"),
        ("中华人民共和国保守国家秘密法", "第三条", "国家秘密受法律保护。一切国家机关和武装力量、各政党和各人民团体、企业事业组织和其他社会组织以及公民都有保密的义务。（摘要）"),
        ("中华人民共和国政府信息公开条例", "第十四条", "依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，以及公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息，不予公开。"),
    ];

    public static async Task SeedAsync(GovDataDbContext db, CancellationToken cancellationToken)
    {
        db.LegalBases.AddRange(LegalBases.Select(b => new LegalBasis(b.Law, b.Article, b.Text)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
