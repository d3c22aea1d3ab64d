using System.Diagnostics;
using GovData.Workflows.Catalog.Excel;

namespace GovData.Benchmarks.Catalog;

/// <summary>Export (issue #4): writing the 10,000-resource / 100,000-item catalog with the streaming writer.</summary>
internal sealed class ExportBenchmarks : IBenchmarkGroup
{
    public string Name => "export";

    public Task RunAsync(FigureWriter output)
    {
        var directory = Path.Combine(Path.GetTempPath(), "govdata-bench-export", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            GC.Collect();
            WorkingSet.ResetPeak();
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            using (var file = File.Create(Path.Combine(directory, "catalog.xlsx")))
            {
                new CatalogWorkbookWriter().Write(file, CatalogWorkbookData.ResourceRows(), CatalogWorkbookData.ItemRows());
            }

            clock.Stop();
            process.Refresh();
            output.Figure("export.seconds", clock.Elapsed.TotalSeconds, "s");
            output.Figure("export.cpuSeconds", (process.TotalProcessorTime - cpuBefore).TotalSeconds, "s");
            output.Figure("export.peakWorkingSetMB", FigureWriter.PeakWorkingSetMegabytes(), "MB");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
