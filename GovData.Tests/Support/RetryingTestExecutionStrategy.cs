using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace GovData.Tests.Support;

/// <summary>
/// SQLite under a retrying execution strategy, as SQL Server runs with <c>EnableRetryOnFailure()</c>: EF Core then
/// refuses a transaction the app opens outside <c>CreateExecutionStrategy().ExecuteAsync(...)</c>, so every test that
/// writes through a forgotten one fails here, on SQLite, in CI. It retries only the failures
/// <see cref="TransientFailureInjector"/> simulates, at once.
/// </summary>
public sealed class RetryingTestExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromMilliseconds(1))
{
    protected override bool ShouldRetryOn(Exception exception) => exception is SimulatedTransientException;

    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        base.GetNextDelay(lastException) is null ? null : TimeSpan.Zero;
}

/// <summary>The "connection dropped" of a server database, thrown where a test asks for it.</summary>
public sealed class SimulatedTransientException() : Exception("Simulated transient failure.");

/// <summary>Fails the next N commits with a <see cref="SimulatedTransientException"/> (after the work ran, before it is durable).</summary>
public sealed class TransientFailureInjector : DbTransactionInterceptor
{
    private int _commitsToFail;

    public int FailedCommits { get; private set; }

    public void FailNextCommits(int count) => Interlocked.Exchange(ref _commitsToFail, count);

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        Fail();
        return result;
    }

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Fail();
        return ValueTask.FromResult(result);
    }

    private void Fail()
    {
        if (Interlocked.Decrement(ref _commitsToFail) >= 0)
        {
            FailedCommits++;
            throw new SimulatedTransientException();
        }

        Interlocked.Exchange(ref _commitsToFail, 0);
    }
}
