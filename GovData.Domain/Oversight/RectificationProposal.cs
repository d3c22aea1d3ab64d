using System.ComponentModel.DataAnnotations;

namespace GovData.Domain.Oversight;

/// <summary>
/// A violation the system found in the data (Art. 34), proposed to the bureau: one open proposal per department and
/// violation, which the daily detection updates (new evidence, last detected) rather than duplicates. The bureau turns
/// it into a rectification order in one step or dismisses it with a reason; either closes it for good, and evidence
/// found later opens a new one.
/// </summary>
public sealed class RectificationProposal
{
    public const int ReasonMaxLength = 2000;

    private RectificationProposal()
    {
    }

    public RectificationProposal(int departmentId, RectificationViolation violation, DateOnly detectedOn, DateTime nowUtc)
    {
        if (!Enum.IsDefined(violation))
        {
            throw new DomainRuleException(OversightErrors.ViolationUnknown, violation);
        }

        DepartmentId = departmentId;
        Violation = violation;
        Status = ProposalStatus.Open;
        FirstDetectedOn = detectedOn;
        LastDetectedOn = detectedOn;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int DepartmentId { get; private set; }

    public RectificationViolation Violation { get; private set; }

    public ProposalStatus Status { get; private set; }

    public DateOnly FirstDetectedOn { get; private set; }

    /// <summary>The last day a detection found new evidence for it.</summary>
    public DateOnly LastDetectedOn { get; private set; }

    /// <summary>How many pieces of evidence are attached (kept with the rows, so lists need no count).</summary>
    public int EvidenceCount { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string? DecidedByUserId { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public string? DismissalReason { get; private set; }

    /// <summary>The order issued from it.</summary>
    public int? OrderId { get; private set; }

    [ConcurrencyCheck]
    public int Revision { get; private set; }

    public bool IsOpen => Status == ProposalStatus.Open;

    /// <summary>A detection on <paramref name="today"/> found <paramref name="newEvidence"/> more pieces.</summary>
    public void Detected(int newEvidence, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(newEvidence);
        EnsureOpen();
        EvidenceCount += newEvidence;
        if (today > LastDetectedOn)
        {
            LastDetectedOn = today;
        }

        Revision++;
    }

    public void Dismiss(string? reason, string userId, DateTime nowUtc)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException(OversightErrors.ReasonRequired);
        }

        Status = ProposalStatus.Dismissed;
        DismissalReason = reason.Trim().Length > ReasonMaxLength ? reason.Trim()[..ReasonMaxLength] : reason.Trim();
        DecidedByUserId = userId;
        DecidedAtUtc = nowUtc;
        Revision++;
    }

    public void Issue(int orderId, string userId, DateTime nowUtc)
    {
        EnsureOpen();
        Status = ProposalStatus.Issued;
        OrderId = orderId;
        DecidedByUserId = userId;
        DecidedAtUtc = nowUtc;
        Revision++;
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainRuleException(OversightErrors.ProposalNotOpen, Id);
        }
    }
}
