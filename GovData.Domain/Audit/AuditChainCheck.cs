namespace GovData.Domain.Audit;

/// <summary>
/// Walks the chain one row at a time in sequence order and stops at the first break, so a caller can stream a table
/// of any size through it in batches. Checks, per row: the sequence continues without a gap, the content matches the
/// stored hash, and the row names the previous row's hash as its predecessor; at the end, the head agrees.
/// </summary>
public sealed class AuditChainCheck
{
    public long RowsChecked { get; private set; }

    /// <summary>Sequence of the last row that passed (0 before the first).</summary>
    public long LastSequence { get; private set; }

    /// <summary>Hash of the last row that passed (the genesis value before the first).</summary>
    public string LastHash { get; private set; } = AuditHash.Genesis;

    public AuditChainFault? Fault { get; private set; }

    public bool IsBroken => Fault is not null;

    /// <summary>Checks the next row; false (and <see cref="Fault"/> set) at the first break.</summary>
    public bool Next(AuditEntry row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (IsBroken)
        {
            return false;
        }

        var expected = LastSequence + 1;
        if (row.Sequence > expected)
        {
            return Break(AuditChainBreak.RowMissing, expected, row.Id);
        }

        if (row.Sequence < expected)
        {
            return Break(AuditChainBreak.PredecessorMismatch, row.Sequence, row.Id);
        }

        RowsChecked++;
        if (!row.HasValidHash)
        {
            return Break(AuditChainBreak.ContentChanged, row.Sequence, row.Id);
        }

        if (!string.Equals(row.PreviousHash, LastHash, StringComparison.Ordinal))
        {
            return Break(AuditChainBreak.PredecessorMismatch, row.Sequence, row.Id);
        }

        LastSequence = row.Sequence;
        LastHash = row.Hash;
        return true;
    }

    /// <summary>
    /// Compares the head with the last row seen. The head and the rows are written in one transaction, so a head
    /// behind the rows means rows were added outside the log; a head ahead of them means the tail was deleted.
    /// </summary>
    public bool End(long headSequence, string headHash, long? firstRowBeyondHeadId = null)
    {
        if (IsBroken)
        {
            return false;
        }

        if (headSequence > LastSequence)
        {
            return Break(AuditChainBreak.RowMissing, LastSequence + 1, null);
        }

        if (headSequence < LastSequence)
        {
            return Break(AuditChainBreak.HeadMismatch, headSequence + 1, firstRowBeyondHeadId);
        }

        var expectedHash = LastSequence == 0 ? AuditHash.Genesis : LastHash;
        return string.Equals(headHash, expectedHash, StringComparison.Ordinal)
            || Break(AuditChainBreak.HeadMismatch, LastSequence, null);
    }

    private bool Break(AuditChainBreak reason, long sequence, long? entryId)
    {
        Fault = new AuditChainFault(reason, sequence, entryId);
        return false;
    }
}
