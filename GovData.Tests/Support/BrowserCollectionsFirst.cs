using Xunit;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("GovData.Tests.Support.BrowserCollectionsFirst", "GovData.Tests")]

namespace GovData.Tests.Support;

/// <summary>
/// Starts the browser collections first (and the other collections that start app processes: the movable-clock E2E
/// and the two-node test). The E2E collection runs its tests one after another against one app and is
/// the longest single chain of the run; started last (the default order put it there) it ran alone for minutes after
/// everything else had finished. Started first, the other collections fill the remaining threads beside it, which keeps
/// <c>bash test.sh</c> well inside its ten minutes. The order within each group stays the default one.
/// </summary>
public sealed class BrowserCollectionsFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(Rank);

    private static int Rank(ITestCollection collection) => collection.DisplayName switch
    {
        "E2E" => 0,
        var name when name.Contains(".E2E.", StringComparison.Ordinal)
            || name.StartsWith("E2E ", StringComparison.Ordinal)
            || name.Contains(".Nodes.", StringComparison.Ordinal)
            || name.StartsWith("Two nodes", StringComparison.Ordinal) => 1,
        _ => 2,
    };
}
