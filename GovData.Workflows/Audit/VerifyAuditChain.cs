using GovData.Domain;
using GovData.Domain.Audit;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Audit;

/// <summary>
/// Verifies the whole audit chain: streams the rows in sequence order in batches, recomputes every hash, checks each
/// row links to the one before, that no sequence number is missing, and that the head agrees with the last row.
/// Reports the first broken row and why. Readers do not block writers; rows appended while it runs are followed
/// until the head stops moving.
/// </summary>
public sealed class VerifyAuditChain(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    /// <summary>Rows read per query: bounded memory for a table of any size (tests set it small).</summary>
    internal int BatchSize { get; init; } = 2_000;

    public Task<AuditChainReport> ExecuteAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(Roles.SystemAdmin))
        {
            throw new DomainRuleException(AuditErrors.SystemAdminOnly);
        }

        return VerifyAsync(cancellationToken);
    }

    /// <summary>For the nightly job, which runs as the system.</summary>
    internal async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var check = new AuditChainCheck();
        while (!check.IsBroken)
        {
            var after = check.LastSequence;
            var batch = await db.AuditEntries
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Any(row => !check.Next(row)) || batch.Count == BatchSize)
            {
                continue;
            }

            // The head is written in the same transaction as the rows, so read after them it is never behind them.
            var head = await db.AuditChainHeads.SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
            var last = check.LastSequence;
            if (head.LastSequence > last && await db.AuditEntries.AnyAsync(e => e.Sequence > last, cancellationToken))
            {
                continue;
            }

            long? beyondHead = null;
            if (head.LastSequence < last)
            {
                beyondHead = await db.AuditEntries
                    .Where(e => e.Sequence == head.LastSequence + 1)
                    .Select(e => (long?)e.Id)
                    .FirstOrDefaultAsync(cancellationToken);
            }

            check.End(head.LastSequence, head.LastHash, beyondHead);
            break;
        }

        return new AuditChainReport(check.RowsChecked, check.Fault, time.GetUtcNow().UtcDateTime);
    }
}
