using GovData.Domain.Audit;
using GovData.Workflows.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GovData.Workflows.Persistence;

/// <summary>
/// The audit log (Art. 23, 31): every insert, update and delete saved through this context appends hash-chained
/// <see cref="AuditEntry"/> rows in the same transaction. Order inside the transaction: take the chain lock by
/// updating the head row, read the head, save the entity changes (so generated keys are known), append the rows with
/// consecutive sequences, move the head, commit. Writers therefore queue on the head row and form one linear chain.
/// Changes made with ExecuteUpdate/ExecuteDelete or raw SQL bypass SaveChanges and are not audited.
/// </summary>
public partial class GovDataDbContext
{
    // The log itself; notifications (delivery records about changes audited where they happen); and the workflow
    // journal, an append-only record of transitions whose instance update (state, deadline, revision) is audited
    // already. Auditing those would double every event. A proposal's evidence rows are the detector's claims: the
    // proposal they update is audited. Data Protection keys: their XML is the secret key, which the log must not copy.
    private static readonly HashSet<Type> NotAudited =
    [
        typeof(AuditEntry),
        typeof(AuditChainHead),
        typeof(AuditVerification),
        typeof(GovData.Domain.Notifications.Notification),
        typeof(GovData.Domain.Workflows.WorkflowJournalEntry),
        typeof(GovData.Domain.Notifications.DeadlineNotice),
        typeof(GovData.Domain.Notifications.OutboxEmail),
        typeof(GovData.Domain.Oversight.ProposalEvidence),
        typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey),
    ];

    private readonly List<(string Action, string EntityType, string? EntityKey, string? Summary)> _auditEvents = [];

    public DbSet<AuditVerification> AuditVerifications => Set<AuditVerification>();

    /// <summary>
    /// Queues an event that is not a data change (a sign-in, a sign-out) for the next SaveChanges, which writes it to
    /// the chain as the <see cref="Actor"/>.
    /// </summary>
    public GovDataDbContext RecordEvent(string action, string entityType, string? entityKey, string? summary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        _auditEvents.Add((action, entityType, entityKey, summary));
        return this;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var changes = AuditedChanges();
        if (changes.Count == 0 && _auditEvents.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        EnsureAttributed();
        var affected = UnitOfWork.InTransaction(this, () => SaveAudited(changes));

        Accept(acceptAllChangesOnSuccess);
        return affected;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changes = AuditedChanges();
        if (changes.Count == 0 && _auditEvents.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        EnsureAttributed();
        var affected = await UnitOfWork.InTransactionAsync(this, ct => SaveAuditedAsync(changes, ct), cancellationToken);

        Accept(acceptAllChangesOnSuccess);
        return affected;
    }

    private int SaveAudited(List<(EntityEntry Entry, EntityState State)> changes)
    {
        var head = AuditChainWriter.LockHead(this);
        // Not accepted yet: if the transaction is retried, the changes are still pending and are saved again.
        var affected = base.SaveChanges(acceptAllChangesOnSuccess: false);
        AuditChainWriter.Append(this, BuildEntries(changes, head));
        return affected;
    }

    private async Task<int> SaveAuditedAsync(List<(EntityEntry Entry, EntityState State)> changes, CancellationToken cancellationToken)
    {
        var head = await AuditChainWriter.LockHeadAsync(this, cancellationToken);
        var affected = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
        await AuditChainWriter.AppendAsync(this, BuildEntries(changes, head), cancellationToken);
        return affected;
    }

    private void Accept(bool acceptAllChangesOnSuccess)
    {
        _auditEvents.Clear();
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }
    }

    private List<(EntityEntry Entry, EntityState State)> AuditedChanges()
    {
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }

        return
        [
            .. ChangeTracker.Entries()
                .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                    && !NotAudited.Contains(e.Metadata.ClrType))
                .Select(e => (e, e.State)),
        ];
    }

    private List<AuditEntry> BuildEntries(List<(EntityEntry Entry, EntityState State)> changes, AuditChainHead head)
    {
        var now = Clock!.GetUtcNow().UtcDateTime;
        var (userId, userName) = Actor switch
        {
            null => (null, AuditActors.System),
            // Not signed in: anonymous, unless it names who tried (a failed sign-in records the name it was given).
            { IsAuthenticated: false } actor => (null, actor.UserName.Length > 0 ? actor.UserName : AuditActors.Anonymous),
            { } actor => (actor.UserId, actor.UserName),
        };

        var rows = new List<AuditEntry>(changes.Count + _auditEvents.Count);
        var sequence = head.LastSequence;
        var previous = head.LastSequence == 0 ? AuditHash.Genesis : head.LastHash;

        void Add(string action, string entityType, string? entityKey, string? summary)
        {
            var row = AuditEntry.Chained(++sequence, now, userId, userName, action, entityType, entityKey, summary, previous);
            previous = row.Hash;
            rows.Add(row);
        }

        foreach (var (entry, state) in changes)
        {
            var summary = AuditSummary.Describe(entry, state);
            if (state == EntityState.Modified && summary is null)
            {
                continue;
            }

            Add(AuditSummary.Action(state), AuditSummary.EntityTypeName(entry), AuditSummary.EntityKey(entry), summary);
        }

        foreach (var (action, entityType, entityKey, summary) in _auditEvents)
        {
            Add(action, entityType, entityKey, summary);
        }

        return rows;
    }

    /// <summary>An audited write names its actor and clock (<see cref="Attribute"/>): no silent "system", no system clock.</summary>
    private void EnsureAttributed()
    {
        if (!_attributed)
        {
            throw new InvalidOperationException(
                "An audited change was saved through a context that names no actor and clock: write through UnitOfWork.");
        }
    }
}
