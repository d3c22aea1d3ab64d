using Xunit;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("GovData.Tests.Support.BrowserCollectionsFirst", "GovData.Tests")]

namespace GovData.Tests.Support;

/// <summary>
/// Starts the browser collections first (and the other collections that start app processes: the movable-clock E2E
/// and the two-node test). The E2E collection runs its tests one after another against one app and is
/// the longest single chain of the run; started last (the default order put it there) it ran alone for minutes after
/// everything else had finished. Started first, the other collections fill the remaining threads beside it, which keeps
/// <c>bash test.sh</c> well inside its ten minutes. The order within each group stays the default one. The two nodes
/// also start in the background as soon as the order is known (<see cref="Nodes.TwoNodesFixture.StartEarly"/>).
/// </summary>
public sealed class BrowserCollectionsFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections)
    {
        var ordered = testCollections.OrderBy(Rank).ToList();
        // xunit gives a collection its turn only when a slot frees up, and measured runs gave the two-node collection
        // its turn last (decision 0034): its ~30–120 s start then ran alone at the end. It starts now, in the background.
        if (ordered.Any(c => c.DisplayName == Nodes.TwoNodesCollection.Name))
        {
            Nodes.TwoNodesFixture.StartEarly();
        }

        return ordered;
    }

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
