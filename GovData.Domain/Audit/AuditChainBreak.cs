namespace GovData.Domain.Audit;

/// <summary>Why the chain is broken at a row.</summary>
public enum AuditChainBreak
{
    /// <summary>The row's content no longer matches its hash: it was edited in place.</summary>
    ContentChanged = 1,

    /// <summary>A sequence number is missing: the row was deleted.</summary>
    RowMissing = 2,

    /// <summary>The row does not link to the row before it: it was inserted, or its predecessor was re-hashed.</summary>
    PredecessorMismatch = 3,

    /// <summary>The chain head disagrees with the last row: rows were appended or removed at the end.</summary>
    HeadMismatch = 4,
}
