namespace GovData.Domain.Audit;

/// <summary>
/// One row of the append-only audit log (Art. 23, 31). Each row carries a hash over its own content and the previous
/// row's hash, so editing, deleting or inserting a row afterwards breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(
        long sequence,
        DateTime occurredAtUtc,
        string? userId,
        string? userName,
        string action,
        string entityType,
        string? entityKey,
        string? summary,
        string previousHash)
    {
        Sequence = sequence;

        // Whole microseconds: the finest time every provider stores exactly (PostgreSQL's timestamp has no ticks), so
        // the hash computed now is the hash recomputed from the stored row.
        OccurredAtUtc = occurredAtUtc.AddTicks(-(occurredAtUtc.Ticks % TimeSpan.TicksPerMicrosecond));
        UserId = userId;
        UserName = userName;
        Action = action;
        EntityType = entityType;
        EntityKey = entityKey;
        Summary = summary;
        PreviousHash = previousHash;
    }

    public long Id { get; private set; }

    /// <summary>Position in the chain: 1, 2, 3 … unique, no gaps.</summary>
    public long Sequence { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    public string? UserId { get; private set; }

    public string? UserName { get; private set; }

    /// <summary>Insert, Update, Delete, SignIn, SignInFailed, … (see <see cref="AuditActions"/>).</summary>
    public string Action { get; private set; } = string.Empty;

    public string EntityType { get; private set; } = string.Empty;

    public string? EntityKey { get; private set; }

    /// <summary>Before/after summary as JSON.</summary>
    public string? Summary { get; private set; }

    public string PreviousHash { get; private set; } = string.Empty;

    public string Hash { get; private set; } = string.Empty;

    /// <summary>True when the stored hash still matches the row's content and predecessor.</summary>
    public bool HasValidHash => Hash == AuditHash.Compute(this);

    /// <summary>The row that follows <paramref name="previousHash"/> at <paramref name="sequence"/>, sealed with its hash.</summary>
    public static AuditEntry Chained(
        long sequence,
        DateTime occurredAtUtc,
        string? userId,
        string? userName,
        string action,
        string entityType,
        string? entityKey,
        string? summary,
        string previousHash)
    {
        var entry = new AuditEntry(sequence, occurredAtUtc, userId, userName, action, entityType, entityKey, summary, previousHash);
        entry.Seal(AuditHash.Compute(entry));
        return entry;
    }

    public void Seal(string hash) => Hash = hash;
}
