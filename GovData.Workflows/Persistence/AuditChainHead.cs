using GovData.Domain.Audit;

namespace GovData.Workflows.Persistence;

/// <summary>
/// The single row every audit writer updates first, inside its transaction: it takes the write lock (SQLite) or the
/// row lock (SQL Server) so that writers append to one linear chain. It also records where the chain ends, so rows
/// appended or deleted at the end behind the log's back are caught by the verification.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long LastSequence { get; set; }

    public string LastHash { get; set; } = AuditHash.Genesis;
}
