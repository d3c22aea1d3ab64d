using System.Diagnostics;
using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Catalog;
using GovData.Workflows.Catalog.Excel;

namespace GovData.Benchmarks.Catalog;

/// <summary>
/// Export (issue #4): the real <see cref="ExportCatalog"/> (sharing scope, as the bureau) over 10,000 published
/// resources / 100,000 items seeded in SQLite, from the query to the finished file. Seeding is not measured.
/// </summary>
internal sealed class ExportBenchmarks : IBenchmarkGroup
{
    private const int Departments = 6;
    private const int BatchSize = 500;

    public string Name => "export";

    public async Task RunAsync(FigureWriter output)
    {
        var now = new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
        await using var database = await BenchmarkDatabase.CreateAsync("export", now);
        var departments = await database.SeedDepartmentsAndApproversAsync(Departments);
        await SeedAsync(database, departments, now);

        var bureau = new UserContext("bench-admin", "bench-admin", departments[0].Id, true, new HashSet<string> { Roles.SystemAdmin });
        var export = new ExportCatalog(database.Factory, new CatalogWorkbookWriter(), TimeProvider.System);
        var path = database.Path + ".export.xlsx";
        try
        {
            GC.Collect();
            WorkingSet.ResetPeak();
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            CatalogExportResult result;
            await using (var file = File.Create(path))
            {
                result = await export.ExecuteAsync(bureau, CatalogExportScope.Sharing, file);
            }

            clock.Stop();
            process.Refresh();
            if (result.ResourceCount != CatalogWorkbookData.Resources || result.ItemCount != CatalogWorkbookData.Resources * CatalogWorkbookData.ItemsPerResource)
            {
                throw new InvalidOperationException($"Exported {result.ResourceCount} resources / {result.ItemCount} items.");
            }

            output.Figure("export.seconds", clock.Elapsed.TotalSeconds, "s");
            output.Figure("export.cpuSeconds", (process.TotalProcessorTime - cpuBefore).TotalSeconds, "s");
            output.Figure("export.peakWorkingSetMB", FigureWriter.PeakWorkingSetMegabytes(), "MB");
            output.Figure("export.fileMB", new FileInfo(path).Length / 1024d / 1024d, "MB");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task SeedAsync(BenchmarkDatabase database, List<BenchmarkDepartment> departments, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var start = 0; start < CatalogWorkbookData.Resources; start += BatchSize)
        {
            await using var db = database.Factory.CreateDbContext();
            var batch = Enumerable.Range(start, Math.Min(BatchSize, CatalogWorkbookData.Resources - start))
                .Select(i => (Department: departments[i % departments.Count], Content: Content(i, departments[i % departments.Count].Code)))
                .Select(x => (x.Content, Resource: DataResource.NewDraft(x.Content, x.Department.Id)))
                .ToList();
            db.DataResources.AddRange(batch.Select(x => x.Resource));
            await db.SaveChangesAsync();
            foreach (var (content, resource) in batch)
            {
                db.CatalogVersions.Add(resource.Publish(content, new CatalogRuleContext(), "bench", "bench", today, now.UtcDateTime));
            }

            await db.SaveChangesAsync();
        }
    }

    private static CatalogEntryContent Content(int i, string provider) => new()
    {
        Code = $"3.01.{(i % 999) + 1:000}/{provider}-{i + 1:00000}",
        Name = $"基准资源 {i + 1}",
        CatalogClass = CatalogClass.Department,
        ClassCode = $"3.01.{(i % 999) + 1:000}",
        ProviderCode = provider,
        Summary = "用于导出基准测试的资源摘要。",
        Format = ResourceFormat.Database,
        RecordCount = 1000 + i,
        ShareType = ShareType.Unconditional,
        ShareMethod = ShareMethod.Interface,
        OpenType = OpenType.Unconditional,
        UpdateCycle = UpdateCycle.Monthly,
        LastDataUpdate = new DateOnly(2026, 10, 1),
        Items = [.. Enumerable.Range(1, CatalogWorkbookData.ItemsPerResource).Select(n => new CatalogItemContent
        {
            Name = $"信息项{n}",
            EnglishName = $"item_{n}",
            DataType = DataItemType.String,
            Length = 50,
            ShareType = ShareType.Unconditional,
            OpenType = OpenType.Unconditional,
        })],
    };
}
