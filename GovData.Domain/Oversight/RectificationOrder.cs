using System.ComponentModel.DataAnnotations;

namespace GovData.Domain.Oversight;

/// <summary>
/// 责令限期改正 (Art. 34): the data bureau orders a department to correct one of the eight violations by a deadline in
/// working days. The department's lead acknowledges it and reports what was corrected (with evidence); the bureau
/// accepts the report (rectified) or sends it back with comments — the deadline stays. The process around it is the
/// RectificationOrder workflow; this keeps what the order says and what was reported.
/// </summary>
public sealed class RectificationOrder
{
    public const int FactsMaxLength = 4000;
    public const int ReportMaxLength = 4000;
    public const int EvidenceMaxLength = 4000;
    public const int MaxWorkingDays = 120;

    private RectificationOrder()
    {
    }

    private RectificationOrder(
        int departmentId, RectificationViolation violation, string facts, string evidence, int workingDays, DateOnly issuedOn,
        DateOnly dueOn, string issuedByUserId, int? proposalId, DateTime nowUtc)
    {
        DepartmentId = departmentId;
        Violation = violation;
        Facts = facts;
        EvidenceLinks = evidence;
        DeadlineWorkingDays = workingDays;
        IssuedOn = issuedOn;
        DueOn = dueOn;
        IssuedByUserId = issuedByUserId;
        ProposalId = proposalId;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int DepartmentId { get; private set; }

    public RectificationViolation Violation { get; private set; }

    /// <summary>The facts found (事实), as the bureau wrote them.</summary>
    public string Facts { get; private set; } = string.Empty;

    /// <summary>Evidence links, one <see cref="EvidenceLink"/> per line.</summary>
    public string EvidenceLinks { get; private set; } = string.Empty;

    public int DeadlineWorkingDays { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    /// <summary>The last day to correct (the end of the Nth working day after the day of issue); moved only by the bureau.</summary>
    public DateOnly DueOn { get; private set; }

    public string IssuedByUserId { get; private set; } = string.Empty;

    public int? ProposalId { get; private set; }

    public long? WorkflowInstanceId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? AcknowledgedAtUtc { get; private set; }

    public string? ReportText { get; private set; }

    public string? ReportEvidence { get; private set; }

    public DateTime? ReportedAtUtc { get; private set; }

    public string? BureauComment { get; private set; }

    public DateOnly? RectifiedOn { get; private set; }

    [ConcurrencyCheck]
    public int Revision { get; private set; }

    public IReadOnlyList<EvidenceLink> Evidence() => EvidenceLink.ParseAll(EvidenceLinks);

    /// <summary>An order: a known violation, facts stated, 1 to <see cref="MaxWorkingDays"/> working days, due on
    /// <paramref name="dueOn"/> (computed from the calendar by the caller).</summary>
    public static RectificationOrder Issue(
        int departmentId, RectificationViolation violation, string? facts, IEnumerable<EvidenceLink> evidence, int workingDays,
        DateOnly issuedOn, DateOnly dueOn, string issuedByUserId, int? proposalId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (!Enum.IsDefined(violation))
        {
            throw new DomainRuleException(OversightErrors.ViolationUnknown, violation);
        }

        if (string.IsNullOrWhiteSpace(facts))
        {
            throw new DomainRuleException(OversightErrors.FactsRequired);
        }

        if (workingDays < 1 || workingDays > MaxWorkingDays || dueOn <= issuedOn)
        {
            throw new DomainRuleException(OversightErrors.DeadlineInvalid, MaxWorkingDays);
        }

        return new RectificationOrder(
            departmentId, violation, Clip(facts, FactsMaxLength), Clip(EvidenceLink.Format(evidence), EvidenceMaxLength), workingDays,
            issuedOn, dueOn, issuedByUserId, proposalId, nowUtc);
    }

    public void Started(long instanceId) => WorkflowInstanceId = instanceId;

    public void Acknowledge(DateTime nowUtc)
    {
        AcknowledgedAtUtc = nowUtc;
        Revision++;
    }

    /// <summary>The department's report: what was corrected (required) and its evidence.</summary>
    public void Report(string? text, IEnumerable<EvidenceLink> evidence, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainRuleException(OversightErrors.ReportRequired);
        }

        ReportText = Clip(text, ReportMaxLength);
        ReportEvidence = Clip(EvidenceLink.Format(evidence), EvidenceMaxLength);
        ReportedAtUtc = nowUtc;
        Revision++;
    }

    /// <summary>The bureau sends the report back with its comments; the deadline stays.</summary>
    public void SendBack(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainRuleException(OversightErrors.ReasonRequired);
        }

        BureauComment = Clip(comment, ReportMaxLength);
        Revision++;
    }

    public void Accept(string? comment, DateOnly today)
    {
        BureauComment = string.IsNullOrWhiteSpace(comment) ? BureauComment : Clip(comment, ReportMaxLength);
        RectifiedOn = today;
        Revision++;
    }

    /// <summary>The bureau moved the deadline (journalled on the workflow with its reason).</summary>
    public void MoveDeadline(DateOnly dueOn)
    {
        DueOn = dueOn;
        Revision++;
    }

    private static string Clip(string text, int max)
    {
        var trimmed = text.Trim();
        return trimmed.Length > max ? trimmed[..max] : trimmed;
    }
}
