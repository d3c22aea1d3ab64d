namespace GovData.Domain.Audit;

/// <summary>
/// The stored result of the nightly chain verification: one row per night (the Asia/Shanghai date it ran for), so a
/// job that runs twice overwrites its own result instead of adding a second one.
/// </summary>
public sealed class AuditVerification
{
    private AuditVerification()
    {
    }

    public AuditVerification(DateOnly runDate, AuditChainReport report)
    {
        RunDate = runDate;
        Record(report);
    }

    public int Id { get; private set; }

    /// <summary>The night (Asia/Shanghai date) this result belongs to; unique.</summary>
    public DateOnly RunDate { get; private set; }

    public DateTime CheckedAtUtc { get; private set; }

    public bool Intact { get; private set; }

    public long RowsChecked { get; private set; }

    public long? BrokenSequence { get; private set; }

    public long? BrokenEntryId { get; private set; }

    public AuditChainBreak? Reason { get; private set; }

    public void Record(AuditChainReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        CheckedAtUtc = report.CheckedAtUtc;
        Intact = report.Intact;
        RowsChecked = report.RowsChecked;
        BrokenSequence = report.Fault?.Sequence;
        BrokenEntryId = report.Fault?.EntryId;
        Reason = report.Fault?.Reason;
    }

    public AuditChainReport ToReport() => new(
        RowsChecked,
        Reason is { } reason ? new AuditChainFault(reason, BrokenSequence ?? 0, BrokenEntryId) : null,
        CheckedAtUtc);
}
