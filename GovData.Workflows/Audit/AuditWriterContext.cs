using GovData.Domain.Audit;
using GovData.Workflows.Persistence;
using GovData.Workflows.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace GovData.Workflows.Audit;

/// <summary>
/// Maps only the audit tables and appends to them on the connection and inside the transaction of the context whose
/// changes are being audited. A second context is needed because the audited context still holds its entity changes
/// un-accepted until commit (so that a retried transaction can replay them); saving the audit rows through it would
/// write those changes twice. Not a second unit of work: it cannot commit or roll back on its own.
/// </summary>
internal sealed class AuditWriterContext(DbContextOptions<AuditWriterContext> options) : DbContext(options)
{
    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    public DbSet<AuditChainHead> Heads => Set<AuditChainHead>();

    public static AuditWriterContext Join(DbContext owner)
    {
        var transaction = owner.Database.CurrentTransaction
            ?? throw new InvalidOperationException("The audit writer joins the saving context's transaction; none is open.");
        var connection = owner.Database.GetDbConnection();
        var builder = new DbContextOptionsBuilder<AuditWriterContext>();
        if (owner.Database.IsSqlServer())
        {
            builder.UseSqlServer(connection);
        }
        else
        {
            builder.UseSqlite(connection);
        }

        var writer = new AuditWriterContext(builder.Options);
        writer.Database.UseTransaction(transaction.GetDbTransaction());
        return writer;
    }

    /// <summary>
    /// Takes the chain lock (a no-op UPDATE of the head row: SQLite's write lock, SQL Server's row lock, held until
    /// commit) and reads the head. Nothing may be read for the chain before this.
    /// </summary>
    public AuditChainHead LockHead()
    {
        var locked = Heads.Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdate(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence));
        EnsureHead(locked);
        return Heads.Single(h => h.Id == AuditChainHead.SingletonId);
    }

    public async Task<AuditChainHead> LockHeadAsync(CancellationToken cancellationToken)
    {
        var locked = await Heads.Where(h => h.Id == AuditChainHead.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence), cancellationToken);
        EnsureHead(locked);
        return await Heads.SingleAsync(h => h.Id == AuditChainHead.SingletonId, cancellationToken);
    }

    /// <summary>Adds the rows and moves the head; the caller saves (one batch).</summary>
    public void Append(AuditChainHead head, IReadOnlyList<AuditEntry> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        Entries.AddRange(rows);
        head.LastSequence = rows[^1].Sequence;
        head.LastHash = rows[^1].Hash;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        new AuditEntryConfiguration().Configure(modelBuilder.Entity<AuditEntry>());
        new AuditChainHeadConfiguration().Configure(modelBuilder.Entity<AuditChainHead>());
    }

    private static void EnsureHead(int rows)
    {
        if (rows != 1)
        {
            throw new InvalidOperationException("The audit chain head row is missing; the database was not migrated.");
        }
    }
}
