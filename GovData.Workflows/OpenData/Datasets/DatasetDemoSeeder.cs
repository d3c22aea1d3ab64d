using System.Globalization;
using System.Text;
using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using GovData.Workflows.Seeding;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>
/// Data behind a few 无条件开放 demo entries, uploaded through the real use case by each department's catalog manager,
/// so the portal has something to download on a fresh demo. Runs only while no release exists.
/// </summary>
public sealed class DatasetDemoSeeder(IDbContextFactory<GovDataDbContext> contextFactory, UploadDataset upload)
{
    public const string BusLines = "3.04.001/JT-0001";

    /// <summary>A 依申请开放 entry with data, so a granted application has something to deliver.</summary>
    public const string TaxiDrivers = "3.04.003/JT-0003";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.DatasetReleases.AnyAsync(cancellationToken) || !await db.DataResources.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        await SeedAsync(BusLines, "catalog.jt@govdata.local", BusStops(), cancellationToken);
        await SeedAsync(
            "2.01.002/WJ-0002",
            "catalog.wj@govdata.local",
            "机构名称,机构类别,执业地址,诊疗科目,登记状态\n市第一人民医院,综合医院,解放路 1 号,\"内科,外科,儿科\",有效\n市中医院,中医医院,建国路 18 号,\"中医科,针灸科\",有效\n城东社区卫生服务中心,社区卫生服务中心,城东街道 6 号,全科医疗科,有效\n",
            cancellationToken);
        await SeedAsync(
            "3.03.001/RS-0004",
            "catalog.rs@govdata.local",
            "统计季度,行业,需求人数,求职人数\n2026Q1,制造业,12800,9600\n2026Q1,信息技术,5400,6100\n2026Q1,批发和零售业,7300,5200\n2026Q2,制造业,13100,9900\n2026Q2,信息技术,5900,6400\n",
            cancellationToken);
        await SeedAsync(
            TaxiDrivers,
            "catalog.jt@govdata.local",
            "从业资格证号,姓名,注册单位,信誉考核等级\nCZ3301000001,张建国,大众出租汽车有限公司,AAA\nCZ3301000002,王秀英,外事旅游汽车集团,AA\nCZ3301000003,陈志强,大众出租汽车有限公司,AAA\n",
            cancellationToken);
    }

    private async Task SeedAsync(string code, string email, string csv, CancellationToken cancellationToken)
    {
        int? id;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            id = await db.DataResources.Where(r => r.Code == ResourceCode.Parse(code) && r.Status == CatalogStatus.Published)
                .Select(r => (int?)r.Id).SingleOrDefaultAsync(cancellationToken);
        }

        if (id is null || !await UserExistsAsync(email, cancellationToken))
        {
            return;
        }

        var user = await DemoUserContext.ForAsync(contextFactory, email, cancellationToken);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        await upload.ExecuteAsync(user, new UploadDatasetCommand(id.Value, content, "demo.csv"), cancellationToken: cancellationToken);
    }

    private async Task<bool> UserExistsAsync(string email, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AnyAsync(u => u.Email == email, cancellationToken);
    }

    private static string BusStops()
    {
        string[] lines = ["1路", "2路", "5路", "K12路", "28路"];
        string[] stops = ["火车东站", "市民中心", "武林广场", "西湖文化广场", "城站", "钱江新城", "滨江区政府", "体育中心"];
        var csv = new StringBuilder("线路名称,站点名称,经度,纬度,首班时间,末班时间\n");
        for (var l = 0; l < lines.Length; l++)
        {
            for (var s = 0; s < stops.Length; s++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{lines[l]},{stops[(s + l) % stops.Length]},{120.15 + (0.01 * s):0.0000},{30.25 + (0.005 * l):0.0000},0{5 + (l % 2)}:30,2{1 + (l % 3)}:00\n");
            }
        }

        return csv.ToString();
    }
}
