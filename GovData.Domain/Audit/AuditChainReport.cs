namespace GovData.Domain.Audit;

/// <summary>The outcome of verifying the whole chain.</summary>
public sealed record AuditChainReport(long RowsChecked, AuditChainFault? Fault, DateTime CheckedAtUtc)
{
    public bool Intact => Fault is null;
}
