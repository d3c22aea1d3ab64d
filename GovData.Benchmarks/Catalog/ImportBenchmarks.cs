using System.Diagnostics;
using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Workflows.Catalog;
using GovData.Workflows.Catalog.Excel;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace GovData.Benchmarks.Catalog;

/// <summary>
/// Import (issue #4), end to end: a 10,000-resource / 100,000-item workbook of one department (made by our writer) is
/// committed by the real <see cref="ImportCatalog"/> into SQLite — buffer, hash, parse, rules, comparison, one
/// all-or-nothing write of every entry, item and draft, audit and import record — against merely reading the same file
/// with MiniExcel 1.46 in the same run. Also the reader alone (import.readSeconds), for the split.
/// </summary>
internal sealed class ImportBenchmarks : IBenchmarkGroup
{
    public string Name => "import";

    public async Task RunAsync(FigureWriter output)
    {
        var now = new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
        await using var database = await BenchmarkDatabase.CreateAsync("import", now);
        var department = (await database.SeedDepartmentsAndApproversAsync(1))[0];
        var manager = new UserContext(department.ApproverUserId, department.ApproverEmail, department.Id, false, new HashSet<string> { Roles.CatalogManager });
        var path = database.Path + ".import.xlsx";
        try
        {
            using (var file = File.Create(path))
            {
                new CatalogWorkbookWriter().Write(file, CatalogWorkbookData.ResourceRows(department.Code), CatalogWorkbookData.ItemRows(department.Code));
            }

            // The upload limits as they are: the 100,000-item file must pass them.
            var limits = new CatalogWorkbookLimits();
            var reader = new CatalogWorkbookReader(limits);
            var (readSeconds, _) = Measure(() =>
            {
                using var file = File.OpenRead(path);
                var read = reader.Read(file);
                return read.IsValid ? 0 : throw new InvalidOperationException($"The reader refused the workbook: {read.Errors[0]}.");
            });

            var (miniSeconds, cells) = Measure(() => ReadWithMiniExcel(path));
            if (cells < CatalogWorkbookData.Resources * CatalogWorkbookData.ItemsPerResource * 10)
            {
                throw new InvalidOperationException($"MiniExcel read only {cells} cells.");
            }

            var import = new ImportCatalog(database.Factory, reader, limits, TimeProvider.System);
            GC.Collect();
            WorkingSet.ResetPeak();
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            CatalogImportResult result;
            await using (var file = File.OpenRead(path))
            {
                result = await import.ExecuteAsync(manager, new ImportCatalogCommand(file, "catalog.xlsx", DryRun: false));
            }

            clock.Stop();
            process.Refresh();
            var peak = FigureWriter.PeakWorkingSetMegabytes();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            await CheckAsync(database, result);

            output.Figure("import.fileMB", new FileInfo(path).Length / 1024.0 / 1024.0, "MB");
            output.Figure("import.seconds", clock.Elapsed.TotalSeconds, "s");
            // CPU seconds (all threads, GC included): comparable when other processes share the cores.
            output.Figure("import.cpuSeconds", cpu, "s");
            output.Figure("import.peakWorkingSetMB", peak, "MB");
            output.Figure("import.readSeconds", readSeconds, "s");
            output.Figure("import.miniExcelReadSeconds", miniSeconds, "s");
            output.Figure("import.ratioToMiniExcelRead", clock.Elapsed.TotalSeconds / miniSeconds, "x");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task CheckAsync(BenchmarkDatabase database, CatalogImportResult result)
    {
        if (result.Outcome != ImportOutcome.Committed || result.Counts.Created != CatalogWorkbookData.Resources)
        {
            throw new InvalidOperationException($"The import did not commit: {result.Outcome}, {result.Counts}, first error {result.Errors.FirstOrDefault()}.");
        }

        await using var db = database.Factory.CreateDbContext();
        var items = await db.DataItems.CountAsync();
        var drafts = await db.CatalogDrafts.CountAsync();
        if (items != CatalogWorkbookData.Resources * CatalogWorkbookData.ItemsPerResource || drafts != CatalogWorkbookData.Resources)
        {
            throw new InvalidOperationException($"Written: {items} items, {drafts} drafts.");
        }
    }

    private static (double Seconds, long Value) Measure(Func<long> action)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var value = action();
        return (clock.Elapsed.TotalSeconds, value);
    }

    /// <summary>Reads every cell of both sheets (touching each value) the way MiniExcel reads fastest: untyped rows.</summary>
    private static long ReadWithMiniExcel(string path)
    {
        long cells = 0;
        foreach (var sheet in new[] { CatalogSheets.Resources, CatalogSheets.Items })
        {
            foreach (IDictionary<string, object?> row in MiniExcel.Query(path, sheetName: sheet))
            {
                foreach (var value in row.Values)
                {
                    if (value is not null)
                    {
                        cells++;
                    }
                }
            }
        }

        return cells;
    }
}
