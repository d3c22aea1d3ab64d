using System.Diagnostics;
using System.Globalization;

namespace GovData.Benchmarks;

/// <summary>Prints each figure on its own line as <c>name: value unit</c>.</summary>
internal sealed class FigureWriter(TextWriter writer)
{
    public void Figure(string name, double value, string unit) =>
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {Format(value)} {unit}"));

    /// <summary>A line for people (e.g. a query plan), not a figure: starts with "# ".</summary>
    public void Comment(string text) => writer.WriteLine("# " + text);

    public static double PeakWorkingSetMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / 1024.0 / 1024.0;
    }

    public static double Median(IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Format(double value) =>
        Math.Abs(value) >= 100 ? value.ToString("F0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 1 ? value.ToString("F2", CultureInfo.InvariantCulture)
        : value.ToString("G3", CultureInfo.InvariantCulture);
}
