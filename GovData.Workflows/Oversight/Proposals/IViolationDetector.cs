using GovData.Domain.Oversight;
using GovData.Workflows.Persistence;

namespace GovData.Workflows.Oversight.Proposals;

/// <summary>
/// One finding of a detector: which department, what the evidence points at, and which occurrence of it (see
/// <see cref="ProposalEvidence.Occurrence"/>). A class with settable members so that EF can translate queries composed
/// over it (the job filters out what was claimed before in SQL).
/// </summary>
public sealed class DetectedEvidence
{
    public int DepartmentId { get; set; }

    public EvidenceKind Kind { get; set; }

    public long ReferenceId { get; set; }

    public DateOnly Occurrence { get; set; }
}

/// <summary>What a detection run knows: the day (Asia/Shanghai), the instant, and the proposal settings.</summary>
public sealed record DetectionScope(DateOnly Today, DateTime NowUtc, ProposalSettings Settings);

/// <summary>
/// Finds one violation of Art. 34 in the data (decision 0025). <see cref="Detect"/> returns a query (never loaded
/// rows): the job composes it with "not claimed before" and reads only the new findings, so a detector scales with
/// the violations, not with the data. Register with <c>services.AddViolationDetector&lt;T&gt;()</c>.
/// </summary>
public interface IViolationDetector
{
    /// <summary>The item of Art. 34 its findings violate.</summary>
    RectificationViolation Violation { get; }

    /// <summary>Every current finding, as a query over <paramref name="db"/> (translated to SQL, set-based).</summary>
    IQueryable<DetectedEvidence> Detect(GovDataDbContext db, DetectionScope scope);
}
