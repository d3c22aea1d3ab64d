namespace GovData.Domain.Audit;

/// <summary>The first place the chain is broken: the sequence number and, when the row exists, its id.</summary>
public sealed record AuditChainFault(AuditChainBreak Reason, long Sequence, long? EntryId);
