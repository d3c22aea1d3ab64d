using GovData.Benchmarks;

// dotnet run -c Release --project GovData.Benchmarks -- [GROUP ...]
// No group runs them all. Every figure is one line: "name: value unit".
// "--provider PostgreSql": the groups that can (sweep, inbox, import, search) also run on PostgreSQL and print "*.pg.*"
// beside the SQLite figures of the same run.
var provider = Array.FindIndex(args, a => a.Equals("--provider", StringComparison.OrdinalIgnoreCase));
if (provider >= 0)
{
    PostgreSqlBenchmarkServer.Requested = args.ElementAtOrDefault(provider + 1)?.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase) == true;
    args = [.. args.Where((_, i) => i != provider && i != provider + 1)];
}

var groups = BenchmarkGroups.All;
var selected = args.Length == 0
    ? groups
    : groups.Where(g => args.Contains(g.Name, StringComparer.OrdinalIgnoreCase)).ToList();
var unknown = args.Where(a => groups.All(g => !g.Name.Equals(a, StringComparison.OrdinalIgnoreCase))).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"Unknown group(s): {string.Join(", ", unknown)}. Groups: {string.Join(", ", groups.Select(g => g.Name))}");
    return 2;
}

foreach (var group in selected)
{
    await group.RunAsync(new FigureWriter(Console.Out));
}

return 0;
