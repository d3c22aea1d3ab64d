using GovData.Domain.Oversight;
using GovData.Workflows.Oversight.Proposals;
using GovData.Workflows.Persistence;

namespace GovData.Workflows.Disputes;

/// <summary>
/// Art. 34 (八) 违反本条例关于政务数据资源共享规定的其他行为: a provider that has not issued the grant a dispute decision
/// ordered (Art. 21) by its date — the dispute still waits in GrantOrdered past its due date. Evidence: the dispute's
/// workflow instance, once; the proposal job keeps one open proposal per department and violation and never proposes
/// the same instance twice.
/// </summary>
public sealed class OrderedGrantNotIssuedDetector : IViolationDetector
{
    public RectificationViolation Violation => RectificationViolation.OtherSharingViolation;

    public IQueryable<DetectedEvidence> Detect(GovDataDbContext db, DetectionScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var today = scope.Today;
        return db.WorkflowInstances
            .Where(i => i.DefinitionName == DisputeWorkflowV1.DefinitionName && i.State == DisputeWorkflowV1.GrantOrdered
                && i.ClosedAtUtc == null && i.DueOn < today)
            .Select(i => new DetectedEvidence
            {
                DepartmentId = i.ProviderDepartmentId,
                Kind = EvidenceKind.WorkflowInstance,
                ReferenceId = i.Id,
                Occurrence = DateOnly.MinValue,
            });
    }
}
