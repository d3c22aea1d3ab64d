using GovData.Domain;
using GovData.Domain.Oversight;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Oversight.Orders;

/// <summary>Evidence links must point at something that exists: a catalog entry, a workflow instance, a grant.</summary>
public static class OrderEvidence
{
    public const int MaxLinks = 200;

    public static async Task EnsureExistAsync(GovDataDbContext db, IReadOnlyCollection<EvidenceLink> links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(links);
        if (links.Count > MaxLinks)
        {
            throw new DomainRuleException(OversightErrors.EvidenceUnknown, links.Skip(MaxLinks).First().ToString());
        }

        var entries = IdsOf(links, EvidenceKind.CatalogEntry).Select(id => (int)id).ToList();
        var instances = IdsOf(links, EvidenceKind.WorkflowInstance);
        var grants = IdsOf(links, EvidenceKind.ShareGrant).Select(id => (int)id).ToList();
        var found = new HashSet<EvidenceLink>();
        found.UnionWith((await db.DataResources.Where(r => entries.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken))
            .Select(id => new EvidenceLink(EvidenceKind.CatalogEntry, id)));
        found.UnionWith((await db.WorkflowInstances.Where(i => instances.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken))
            .Select(id => new EvidenceLink(EvidenceKind.WorkflowInstance, id)));
        found.UnionWith((await db.ShareGrants.Where(g => grants.Contains(g.Id)).Select(g => g.Id).ToListAsync(cancellationToken))
            .Select(id => new EvidenceLink(EvidenceKind.ShareGrant, id)));
        if (links.FirstOrDefault(l => !found.Contains(l)) is { } missing)
        {
            throw new DomainRuleException(OversightErrors.EvidenceUnknown, missing.ToString());
        }
    }

    private static List<long> IdsOf(IEnumerable<EvidenceLink> links, EvidenceKind kind) =>
        [.. links.Where(l => l.Kind == kind && l.ReferenceId <= int.MaxValue).Select(l => l.ReferenceId)];
}
