using System.Diagnostics;
using GovData.Workflows.Catalog.Excel;
using MiniExcelLibs;

namespace GovData.Benchmarks.Catalog;

/// <summary>
/// Import, part 1 (issue #4): reading a 10,000-resource / 100,000-item workbook (made by our writer) with our
/// streaming reader, against merely reading the same file with MiniExcel 1.46 in the same run. The full import
/// (validate against the model, write) comes with the import use case.
/// </summary>
internal sealed class ImportBenchmarks : IBenchmarkGroup
{
    public string Name => "import";

    public Task RunAsync(FigureWriter output)
    {
        var directory = Path.Combine(Path.GetTempPath(), "govdata-bench-import", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "catalog.xlsx");
        try
        {
            using (var file = File.Create(path))
            {
                new CatalogWorkbookWriter().Write(file, CatalogWorkbookData.ResourceRows(), CatalogWorkbookData.ItemRows());
            }

            GC.Collect();
            WorkingSet.ResetPeak();

            // The upload limits as they are: the 100,000-item file must pass them.
            var reader = new CatalogWorkbookReader(new CatalogWorkbookLimits());
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            CatalogWorkbookReadResult result;
            using (var file = File.OpenRead(path))
            {
                result = reader.Read(file);
            }

            clock.Stop();
            var ours = clock.Elapsed.TotalSeconds;
            process.Refresh();
            var oursCpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var peak = FigureWriter.PeakWorkingSetMegabytes();
            if (!result.IsValid || result.Resources.Count != CatalogWorkbookData.Resources
                || result.Items.Count != CatalogWorkbookData.Resources * CatalogWorkbookData.ItemsPerResource)
            {
                throw new InvalidOperationException($"The reader did not read the generated workbook: {result.Errors.Count} errors, first {result.Errors.FirstOrDefault()}.");
            }

            result = null!;
            GC.Collect();
            process.Refresh();
            cpuBefore = process.TotalProcessorTime;
            clock.Restart();
            var cells = ReadWithMiniExcel(path);
            clock.Stop();
            var mini = clock.Elapsed.TotalSeconds;
            process.Refresh();
            var miniCpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            if (cells < CatalogWorkbookData.Resources * CatalogWorkbookData.ItemsPerResource * 10)
            {
                throw new InvalidOperationException($"MiniExcel read only {cells} cells.");
            }

            output.Figure("import.fileMB", new FileInfo(path).Length / 1024.0 / 1024.0, "MB");
            output.Figure("import.readSeconds", ours, "s");
            output.Figure("import.miniExcelReadSeconds", mini, "s");
            output.Figure("import.ratioToMiniExcelRead", ours / mini, "x");
            // CPU seconds (all threads, GC included): comparable when other processes share the cores.
            output.Figure("import.readCpuSeconds", oursCpu, "s");
            output.Figure("import.miniExcelReadCpuSeconds", miniCpu, "s");
            output.Figure("import.peakWorkingSetMB", peak, "MB");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        return Task.CompletedTask;
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
