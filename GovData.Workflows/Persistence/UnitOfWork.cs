using GovData.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

/// <summary>
/// The one way the application writes (see docs/decisions/0018-unit-of-work.md): a fresh context for the named actor
/// and the application's clock, one transaction (on SQLite <c>BEGIN IMMEDIATE</c>: the write lock from the start, so
/// what the work reads stays true until it commits), all inside the provider's execution strategy. Under SQL Server's
/// <c>EnableRetryOnFailure()</c> a transient failure runs the whole work again on a new context, so the work must read
/// everything it decides on itself (nothing captured from an earlier context) and must not cause side effects outside
/// the database; what should happen only after the commit (live bells) is queued with
/// <see cref="GovDataDbContext.AfterCommit"/>. An exception rolls everything back and reaches the caller; a refusal
/// after something was saved calls <see cref="GovDataDbContext.RollBack"/> and returns its result.
/// </summary>
public sealed class UnitOfWork(IDbContextFactory<GovDataDbContext> contexts, TimeProvider clock)
{
    /// <summary>Runs <paramref name="work"/> as <paramref name="actor"/> (written to the audit log).</summary>
    public Task<T> RunAsync<T>(UserContext actor, Func<GovDataDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(work);
        return RunCoreAsync(actor, work, cancellationToken);
    }

    /// <inheritdoc cref="RunAsync{T}(UserContext, Func{GovDataDbContext, CancellationToken, Task{T}}, CancellationToken)"/>
    public Task RunAsync(UserContext actor, Func<GovDataDbContext, CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunAsync(actor, async (db, ct) =>
        {
            await work(db, ct);
            return true;
        }, cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> for the application itself (jobs, seeders): audited as the system.</summary>
    public Task<T> RunAsSystemAsync<T>(Func<GovDataDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunCoreAsync(null, work, cancellationToken);
    }

    /// <inheritdoc cref="RunAsSystemAsync{T}(Func{GovDataDbContext, CancellationToken, Task{T}}, CancellationToken)"/>
    public Task RunAsSystemAsync(Func<GovDataDbContext, CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunCoreAsync<bool>(null, async (db, ct) =>
        {
            await work(db, ct);
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// One transaction on a context the caller already holds, inside its execution strategy (the audited SaveChanges of
    /// a context written outside a unit of work). A transaction already open (a unit of work) is joined instead. The
    /// operation must be safe to repeat on the same context.
    /// </summary>
    internal static Task<T> InTransactionAsync<T>(GovDataDbContext db, Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return operation(cancellationToken);
        }

        return db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await operation(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }

    /// <inheritdoc cref="InTransactionAsync{T}(GovDataDbContext, Func{CancellationToken, Task{T}}, CancellationToken)"/>
    internal static T InTransaction<T>(GovDataDbContext db, Func<T> operation)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return operation();
        }

        return db.Database.CreateExecutionStrategy().Execute(() =>
        {
            using var transaction = db.Database.BeginTransaction();
            var result = operation();
            transaction.Commit();
            return result;
        });
    }

    private async Task<T> RunCoreAsync<T>(UserContext? actor, Func<GovDataDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        GovDataDbContext? current = null;
        try
        {
            T result;
            await using (var probe = await contexts.CreateDbContextAsync(cancellationToken))
            {
                result = await probe.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
                {
                    // A retry starts over on a new context: nothing tracked by the failed attempt is saved twice.
                    if (current is not null)
                    {
                        await current.DisposeAsync();
                    }

                    current = await contexts.CreateDbContextAsync(ct);
                    current.Attribute(actor, clock);
                    await using var transaction = await current.Database.BeginTransactionAsync(ct);
                    var value = await work(current, ct);
                    if (current.RollBackRequested)
                    {
                        await transaction.RollbackAsync(ct);
                    }
                    else
                    {
                        await transaction.CommitAsync(ct);
                    }

                    return value;
                }, cancellationToken);
            }

            if (!current!.RollBackRequested)
            {
                await current.RunAfterCommitAsync();
            }

            return result;
        }
        finally
        {
            if (current is not null)
            {
                await current.DisposeAsync();
            }
        }
    }
}
