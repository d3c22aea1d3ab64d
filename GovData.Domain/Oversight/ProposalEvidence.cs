namespace GovData.Domain.Oversight;

/// <summary>
/// One piece of evidence a detector found for a department and violation: a catalog entry stale since a given last
/// update, a share request answered late, …. (Department, violation, kind, reference, occurrence) is unique, so the
/// same finding is claimed once: a second detection proposes nothing, and a dismissed finding is not proposed again.
/// <see cref="Occurrence"/> tells apart two findings about the same thing (an entry updated and stale again: its
/// last update date); <see cref="DateOnly.MinValue"/> when a thing can be found only once.
/// </summary>
public sealed class ProposalEvidence
{
    private ProposalEvidence()
    {
    }

    public ProposalEvidence(
        int proposalId, int departmentId, RectificationViolation violation, EvidenceKind kind, long referenceId, DateOnly occurrence, DateOnly detectedOn)
    {
        ProposalId = proposalId;
        DepartmentId = departmentId;
        Violation = violation;
        Kind = kind;
        ReferenceId = referenceId;
        Occurrence = occurrence;
        DetectedOn = detectedOn;
    }

    public long Id { get; private set; }

    public int ProposalId { get; private set; }

    public int DepartmentId { get; private set; }

    public RectificationViolation Violation { get; private set; }

    public EvidenceKind Kind { get; private set; }

    public long ReferenceId { get; private set; }

    public DateOnly Occurrence { get; private set; }

    public DateOnly DetectedOn { get; private set; }

    public EvidenceLink Link => new(Kind, ReferenceId);
}
