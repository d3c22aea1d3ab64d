using System.Diagnostics;
using System.Globalization;
using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Workflows.Catalog;
using GovData.Workflows.Catalog.Excel;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace GovData.Benchmarks.Catalog;

/// <summary>
/// Import (issue #4), end to end: a 10,000-resource / 100,000-item workbook of one department (made by our writer) is
/// committed by the real <see cref="ImportCatalog"/> into SQLite — buffer, hash, parse, rules, comparison, one
/// all-or-nothing write of every entry, item and draft, audit and import record — against merely reading the same file
/// with MiniExcel 1.46 in the same run. Also the reader alone (import.readSeconds), for the split. The machine is shared:
/// MiniExcel and the import run alternately <see cref="Rounds"/> times each and the best of each side is compared, in
/// wall time (import.ratioToMiniExcelRead) and in CPU time (import.cpuRatioToMiniExcelRead, less sensitive to load).
/// With <c>--provider PostgreSql</c> each round also imports into a fresh PostgreSQL database, by binary COPY
/// (import.pg.*) and by the prepared single-row inserts (import.pg.preparedInserts.*), against the same MiniExcel reads.
/// </summary>
internal sealed class ImportBenchmarks : IBenchmarkGroup
{
    /// <summary>MiniExcel and our import run alternately this many times each; the best (lowest) of each side counts.</summary>
    private const int Rounds = 2;

    /// <summary>The code of the one department every round's fresh database seeds (its provider code in the file).</summary>
    private const string DepartmentCode = "D001";

    public string Name => "import";

    public async Task RunAsync(FigureWriter output)
    {
        var now = new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
        var path = Path.Combine(Path.GetTempPath(), "govdata-bench-import-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            // Every round imports into a fresh database whose one department is seeded alike (D001): a second import
            // into the same one would find every entry unchanged and write nothing.
            using (var file = File.Create(path))
            {
                new CatalogWorkbookWriter().Write(file, CatalogWorkbookData.ResourceRows(DepartmentCode), CatalogWorkbookData.ItemRows(DepartmentCode));
            }

            // The upload limits as they are: the 100,000-item file must pass them.
            var limits = new CatalogWorkbookLimits();
            var reader = new CatalogWorkbookReader(limits);
            long ReadOurs()
            {
                using var file = File.OpenRead(path);
                var read = reader.Read(file);
                return read.IsValid ? 0 : throw new InvalidOperationException($"The reader refused the workbook: {read.Errors[0]}.");
            }

            await using var server = PostgreSqlBenchmarkServer.Requested ? await PostgreSqlBenchmarkServer.StartAsync() : null;
            var mini = new List<Sample>();
            var reads = new List<Sample>();
            var imports = new List<Sample>();
            var pgImports = new List<Sample>();
            var pgPrepared = new List<Sample>();
            var peak = 0.0;
            for (var round = 0; round < Rounds; round++)
            {
                var sample = Measure(() => ReadWithMiniExcel(path));
                if (sample.Value < CatalogWorkbookData.Resources * CatalogWorkbookData.ItemsPerResource * 10)
                {
                    throw new InvalidOperationException($"MiniExcel read only {sample.Value} cells.");
                }

                mini.Add(sample);
                reads.Add(Measure(ReadOurs));
                var (import, roundPeak) = await ImportOnceAsync(path, now, reader, limits);
                imports.Add(import);
                peak = Math.Max(peak, roundPeak);
                if (server is not null)
                {
                    pgImports.Add((await ImportOnceAsync(path, now, reader, limits, server.ConnectionString)).Sample);
                    pgPrepared.Add((await ImportOnceAsync(path, now, reader, limits, server.ConnectionString, binaryCopy: false)).Sample);
                }
            }

            var bestImport = imports.MinBy(i => i.Seconds)!;
            var bestMini = mini.MinBy(m => m.Seconds)!;
            var importCpu = imports.Min(i => i.CpuSeconds);
            var miniCpu = mini.Min(m => m.CpuSeconds);
            output.Comment(string.Create(CultureInfo.InvariantCulture,
                $"import: MiniExcel read, our reader alone and our import ran in turn {Rounds}x each; figures are the best of each (wall and CPU taken separately); peak = highest of the imports"));
            output.Comment("import.seconds samples: " + Samples(imports.Select(i => i.Seconds)) + "; MiniExcel: " + Samples(mini.Select(m => m.Seconds))
                + "; reader alone: " + Samples(reads.Select(r => r.Seconds)));
            output.Figure("import.fileMB", new FileInfo(path).Length / 1024.0 / 1024.0, "MB");
            output.Figure("import.seconds", bestImport.Seconds, "s");
            // CPU seconds (all threads, GC included): comparable when other processes share the cores.
            output.Figure("import.cpuSeconds", importCpu, "s");
            output.Figure("import.peakWorkingSetMB", peak, "MB");
            output.Figure("import.readSeconds", reads.Min(r => r.Seconds), "s");
            output.Figure("import.miniExcelReadSeconds", bestMini.Seconds, "s");
            output.Figure("import.miniExcelCpuSeconds", miniCpu, "s");
            output.Figure("import.ratioToMiniExcelRead", bestImport.Seconds / bestMini.Seconds, "x");
            output.Figure("import.cpuRatioToMiniExcelRead", importCpu / miniCpu, "x");
            if (pgImports.Count > 0)
            {
                // The same file into a fresh PostgreSQL database, against the same MiniExcel reads (the best of each).
                output.Comment("import.pg.seconds samples: " + Samples(pgImports.Select(i => i.Seconds))
                    + "; prepared single-row inserts instead of binary COPY: " + Samples(pgPrepared.Select(i => i.Seconds)));
                output.Figure("import.pg.seconds", pgImports.Min(i => i.Seconds), "s");
                output.Figure("import.pg.cpuSeconds", pgImports.Min(i => i.CpuSeconds), "s");
                output.Figure("import.pg.ratioToMiniExcelRead", pgImports.Min(i => i.Seconds) / bestMini.Seconds, "x");
                output.Figure("import.pg.cpuRatioToMiniExcelRead", pgImports.Min(i => i.CpuSeconds) / miniCpu, "x");
                output.Figure("import.pg.preparedInserts.seconds", pgPrepared.Min(i => i.Seconds), "s");
                output.Figure("import.pg.preparedInserts.ratioToMiniExcelRead", pgPrepared.Min(i => i.Seconds) / bestMini.Seconds, "x");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>One commit of the whole file into a fresh database: its time, CPU time and peak working set (MB).</summary>
    private static async Task<(Sample Sample, double PeakMegabytes)> ImportOnceAsync(
        string path, DateTimeOffset now, CatalogWorkbookReader reader, CatalogWorkbookLimits limits, string? postgreSqlServer = null, bool binaryCopy = true)
    {
        await using var database = await BenchmarkDatabase.CreateAsync("import", now, postgreSqlServer);
        var department = (await database.SeedDepartmentsAndApproversAsync(1))[0];
        if (department.Code != DepartmentCode)
        {
            throw new InvalidOperationException($"The seeded department is {department.Code}, the file is {DepartmentCode}'s.");
        }

        var manager = new UserContext(department.ApproverUserId, department.ApproverEmail, department.Id, false, new HashSet<string> { Roles.CatalogManager });
        var import = new ImportCatalog(new UnitOfWork(database.Factory, TimeProvider.System), reader, limits, TimeProvider.System)
        {
            UseBinaryCopy = binaryCopy,
        };
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
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var peak = FigureWriter.PeakWorkingSetMegabytes();
        await CheckAsync(database, result);
        return (new Sample(clock.Elapsed.TotalSeconds, cpu, result.Counts.Created), peak);
    }

    private sealed record Sample(double Seconds, double CpuSeconds, long Value);

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

    private static Sample Measure(Func<long> action)
    {
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var value = action();
        clock.Stop();
        process.Refresh();
        return new Sample(clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpuBefore).TotalSeconds, value);
    }

    private static string Samples(IEnumerable<double> seconds) =>
        string.Join(", ", seconds.Select(s => s.ToString("F2", CultureInfo.InvariantCulture) + " s"));

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
