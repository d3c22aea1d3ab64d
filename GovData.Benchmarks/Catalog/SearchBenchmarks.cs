using System.Diagnostics;
using System.Globalization;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Catalog;
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
        await using (var database = await BenchmarkDatabase.CreateAsync("search", now))
        {
            await RunOnAsync(database, output, "search");
        }

        if (PostgreSqlBenchmarkServer.Requested)
        {
            await using var server = await PostgreSqlBenchmarkServer.StartAsync();
            await using var database = await BenchmarkDatabase.CreateAsync("search", now, server.ConnectionString);
            await RunOnAsync(database, output, "search.pg");
        }
    }

    private static async Task RunOnAsync(BenchmarkDatabase database, FigureWriter output, string prefix)
    {
        var departments = await database.SeedDepartmentsAndApproversAsync(Departments);
        var seeding = Stopwatch.StartNew();
        await BenchmarkRows.InsertAsync(database, "DataResources", Columns, Rows(departments));
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
            output.Figure($"{prefix}.firstPage.{name}", median, "ms");
            output.Comment($"{name}: {total:N0} matches");
        }

        output.Figure(prefix + ".firstPage.median", FigureWriter.Median(medians), "ms");
        output.Figure(prefix + ".firstPage.worst", medians.Max(), "ms");
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
            foreach (var line in await database.ExplainQueryPlanAsync(command))
            {
                output.Comment("plan: " + line);
            }
        }
    }

    private static readonly string[] Columns =
    [
        "Code", "Name", "CatalogClass", "ClassCode", "Theme", "ProviderDepartmentId", "Summary", "Format", "ShareType", "ShareCondition",
        "ShareMethod", "OpenType", "OpenCondition", "LegalBasis", "UpdateCycle", "LastDataUpdate", "ReleaseDate", "Status",
        "CurrentVersion", "RelatedCodes",
    ];

    /// <summary>The resources, the same rows on either provider (one seeded random sequence).</summary>
    private static IEnumerable<object?[]> Rows(IReadOnlyList<BenchmarkDepartment> departments)
    {
        var random = new Random(20261126);
        var today = new DateOnly(2026, 11, 26);
        for (var i = 0; i < Resources; i++)
        {
            var department = departments[i % departments.Count];
            var sequence = (i / departments.Count) + 1;
            var subject = Subjects[random.Next(Subjects.Length)];
            var share = random.Next(10) switch { < 5 => 1, < 9 => 2, _ => 3 };
            var open = random.Next(10) switch { < 3 => 1, < 6 => 2, _ => 3 };
            var status = random.Next(20) switch { 0 => 1, 1 => 3, _ => 2 };
            var classCode = string.Create(CultureInfo.InvariantCulture, $"3.{(i % 99) + 1:00}.{(sequence % 999) + 1:000}");
            var name = $"{subject}{Kinds[random.Next(Kinds.Length)]}{sequence}";
            var cycle = random.Next(1, 9);
            var lastUpdate = today.AddDays(-random.Next(0, 800));
            yield return
            [
                string.Create(CultureInfo.InvariantCulture, $"{classCode}/{department.Code}-{sequence:0000}"), name, 3, classCode, null,
                department.Id, $"{department.Code}提供的{subject}相关数据资源，按周期更新。", 1, share, share == 2 ? "仅限履职使用" : null,
                share == 3 ? null : 1, open, open == 2 ? "依申请提供" : null, share == 1 && open == 1 ? null : "《测试条例》第一条",
                cycle, lastUpdate, new DateOnly(2024, 1, 1), status, status == 1 ? 0 : 1, string.Empty,
            ];
        }
    }
}
