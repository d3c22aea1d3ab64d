using System.Diagnostics;
using System.Globalization;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Catalog;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Benchmarks.Catalog;

/// <summary>
/// Catalog search (issue #4): the real <see cref="ListDataResources"/>, first page WITH its count, over 100,000 resources
/// of ~100 departments (bulk-inserted, not timed). One figure per typical query (median of its runs) and
/// <c>search.firstPage.median</c> = the median of those medians; <c>search.firstPage.worst</c> is the slowest query's median.
/// </summary>
internal sealed class SearchBenchmarks : IBenchmarkGroup
{
    private const int Resources = 100_000;
    private const int Departments = 100;
    private const int Warmup = 3;
    private const int Runs = 15;

    private static readonly string[] Subjects = ["人口", "企业", "法人", "车辆", "道路", "医疗", "社保", "就业", "不动产", "食品", "药品", "环境", "气象", "学校", "公交", "许可证", "信用", "税务", "婚姻", "户籍"];
    private static readonly string[] Kinds = ["基本信息", "登记信息", "统计", "许可信息", "处罚信息", "监测数据", "名录", "档案", "明细", "变更记录"];

    public string Name => "search";

    public async Task RunAsync(FigureWriter output)
    {
        var now = new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
        await using var database = await BenchmarkDatabase.CreateAsync("search", now);
        var departments = await database.SeedDepartmentsAndApproversAsync(Departments);
        var seeding = Stopwatch.StartNew();
        Seed(database, departments);
        output.Comment($"seeded {Resources:N0} resources over {Departments} departments in {seeding.Elapsed.TotalSeconds:F1} s (not timed below)");

        var list = new ListDataResources(database.Factory, database.Services.GetRequiredService<TimeProvider>());
        var bureau = new UserContext("bench-bureau", "bench-bureau", departments[0].Id, true, new HashSet<string> { Roles.BureauOfficer });
        var department = departments[41];
        var staff = new UserContext("bench-staff", "bench-staff", department.Id, false, new HashSet<string> { Roles.CatalogManager });
        var queries = new (string Name, UserContext User, DataResourceFilter Filter)[]
        {
            ("fullCatalog", bureau, new DataResourceFilter()),
            ("text", bureau, new DataResourceFilter(Text: "社保")),
            ("textCode", bureau, new DataResourceFilter(Text: "/D042-")),
            ("departmentShareType", bureau, new DataResourceFilter(DepartmentId: department.Id, ShareType: ShareType.Conditional)),
            ("stale", bureau, new DataResourceFilter(Stale: true)),
            ("ownDepartment", staff, new DataResourceFilter(Scope: CatalogScope.Department)),
            ("sharingCatalog", staff, new DataResourceFilter(Scope: CatalogScope.Sharing)),
        };

        var medians = new List<double>();
        foreach (var (name, user, filter) in queries)
        {
            var samples = new List<double>(Runs);
            var total = 0;
            for (var run = 0; run < Warmup + Runs; run++)
            {
                var clock = Stopwatch.StartNew();
                var page = await list.ExecuteAsync(user, filter);
                clock.Stop();
                total = page.TotalCount;
                if (run >= Warmup)
                {
                    samples.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            var median = FigureWriter.Median(samples);
            medians.Add(median);
            output.Figure($"search.firstPage.{name}", median, "ms");
            output.Comment($"{name}: {total:N0} matches");
        }

        output.Figure("search.firstPage.median", FigureWriter.Median(medians), "ms");
        output.Figure("search.firstPage.worst", medians.Max(), "ms");
        await ExplainAsync(database, list, queries[4].User, queries[4].Filter, output);
        await ExplainAsync(database, list, queries[6].User, queries[6].Filter, output);
    }

    /// <summary>Shows how SQLite runs a query (count and page), so an index decision can be checked.</summary>
    private static async Task ExplainAsync(BenchmarkDatabase database, ListDataResources list, UserContext user, DataResourceFilter filter, FigureWriter output)
    {
        database.Commands.Start();
        await list.ExecuteAsync(user, filter);
        database.Commands.Stop();
        foreach (var command in database.Commands.Last)
        {
            foreach (var line in database.ExplainQueryPlan(command))
            {
                output.Comment("plan: " + line);
            }
        }
    }

    private static void Seed(BenchmarkDatabase database, IReadOnlyList<BenchmarkDepartment> departments)
    {
        var random = new Random(20261126);
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO DataResources (Code, Name, CatalogClass, ClassCode, Theme, ProviderDepartmentId, Summary, Format, ShareType,
                ShareCondition, ShareMethod, OpenType, OpenCondition, LegalBasis, UpdateCycle, LastDataUpdate, ReleaseDate, Status,
                CurrentVersion, RelatedCodes)
            VALUES ($code, $name, 3, $class, NULL, $department, $summary, 1, $share, $shareCondition, $method, $open, $openCondition,
                $basis, $cycle, $lastUpdate, $release, $status, $version, '')
            """;
        var p = new Dictionary<string, SqliteParameter>();
        foreach (var name in new[] { "$code", "$name", "$class", "$department", "$summary", "$share", "$shareCondition", "$method", "$open", "$openCondition", "$basis", "$cycle", "$lastUpdate", "$release", "$status", "$version" })
        {
            p[name] = command.Parameters.Add(name, SqliteType.Text);
        }

        var today = new DateOnly(2026, 11, 26);
        for (var i = 0; i < Resources; i++)
        {
            var department = departments[i % departments.Count];
            var sequence = (i / departments.Count) + 1;
            var subject = Subjects[random.Next(Subjects.Length)];
            var share = random.Next(10) switch { < 5 => 1, < 9 => 2, _ => 3 };
            var open = random.Next(10) switch { < 3 => 1, < 6 => 2, _ => 3 };
            var status = random.Next(20) switch { 0 => 1, 1 => 3, _ => 2 };
            p["$code"].Value = string.Create(CultureInfo.InvariantCulture, $"3.{(i % 99) + 1:00}.{(sequence % 999) + 1:000}/{department.Code}-{sequence:0000}");
            p["$name"].Value = $"{subject}{Kinds[random.Next(Kinds.Length)]}{sequence}";
            p["$class"].Value = string.Create(CultureInfo.InvariantCulture, $"3.{(i % 99) + 1:00}.{(sequence % 999) + 1:000}");
            p["$department"].Value = department.Id;
            p["$summary"].Value = $"{department.Code}提供的{subject}相关数据资源，按周期更新。";
            p["$share"].Value = share;
            p["$shareCondition"].Value = share == 2 ? "仅限履职使用" : DBNull.Value;
            p["$method"].Value = share == 3 ? DBNull.Value : 1;
            p["$open"].Value = open;
            p["$openCondition"].Value = open == 2 ? "依申请提供" : DBNull.Value;
            p["$basis"].Value = share == 1 && open == 1 ? DBNull.Value : "《测试条例》第一条";
            p["$cycle"].Value = random.Next(1, 9);
            p["$lastUpdate"].Value = today.AddDays(-random.Next(0, 800)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p["$release"].Value = "2024-01-01";
            p["$status"].Value = status;
            p["$version"].Value = status == 1 ? 0 : 1;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
