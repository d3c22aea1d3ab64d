namespace GovData.Benchmarks;

/// <summary>One group of figures an issue asks for, run by name.</summary>
internal interface IBenchmarkGroup
{
    string Name { get; }

    Task RunAsync(FigureWriter output);
}

internal static class BenchmarkGroups
{
    public static IReadOnlyList<IBenchmarkGroup> All { get; } =
    [
        new CalendarBenchmarks(),
        new Audit.AuditBenchmarks(),
        new Sweep.SweepBenchmarks(),
        new Catalog.ImportBenchmarks(),
        new Catalog.ExportBenchmarks(),
        new Catalog.SearchBenchmarks(),
        new Inbox.InboxBenchmarks(),
        new Inbox.InboxMemoryBenchmarks(),
        new Oversight.OversightBenchmarks(),
        new Portal.PortalBenchmarks(),
        new Nodes.NodesBenchmarks(),
    ];
}
