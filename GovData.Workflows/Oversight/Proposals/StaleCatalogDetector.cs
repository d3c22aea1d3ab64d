using GovData.Domain.Oversight;
using GovData.Workflows.Catalog;
using GovData.Workflows.Persistence;

namespace GovData.Workflows.Oversight.Proposals;

/// <summary>
/// Art. 34 (四) 未及时维护和更新政务数据资源 (and (一) in spirit: the catalog says a cycle the data does not keep):
/// published entries that were already stale <see cref="ProposalSettings.StaleGraceDays"/> days ago by the catalog's
/// own staleness rule (<see cref="ListStaleResources.IsStale"/>: cycle + half a cycle) and are still not updated. The
/// occurrence is the last data update, so an entry updated and stale again is a new finding.
/// </summary>
public sealed class StaleCatalogDetector : IViolationDetector
{
    public RectificationViolation Violation => RectificationViolation.DataNotMaintained;

    public IQueryable<DetectedEvidence> Detect(GovDataDbContext db, DetectionScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        // Stale on the day the grace began implies stale today (the threshold only moves forward).
        return ListStaleResources.StaleQuery(db, scope.Today.AddDays(-scope.Settings.StaleGraceDays))
            .Select(r => new DetectedEvidence
            {
                DepartmentId = r.ProviderDepartmentId,
                Kind = EvidenceKind.CatalogEntry,
                ReferenceId = r.Id,
                Occurrence = r.LastDataUpdate ?? DateOnly.MinValue,
            });
    }
}
