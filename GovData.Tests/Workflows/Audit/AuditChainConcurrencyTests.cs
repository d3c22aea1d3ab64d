using GovData.Tests.Support;
using GovData.Domain.Departments;
using GovData.Workflows.Audit;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Audit;

public abstract class AuditChainConcurrencyTestsCases : IAsyncLifetime
{
    protected abstract TestProvider Provider { get; }

    private const int Writers = 8;
    private const int Rounds = 4;

    private AuditTestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await AuditTestDatabase.CreateAsync(Provider);

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task SaveChanges_ConcurrentWriters_KeepOneLinearChain()
    {
        // Each writer has its own context (and connection) and saves a department and a rename per round, all
        // writers released at once every round: they must queue on the chain head, not fork the chain.
        for (var round = 0; round < Rounds; round++)
        {
            using var start = new SemaphoreSlim(0);
            var tasks = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                await using var db = _db.WriteContext(AuditTestDatabase.Admin);
                var department = new Department($"D{round}-{writer}", $"部门{round}-{writer}", DepartmentLevel.District, DepartmentKind.Government);
                db.Departments.Add(department);
                await start.WaitAsync();
                await db.SaveChangesAsync();
                department.Rename($"部门{round}-{writer}（改）");
                await db.SaveChangesAsync();
            })).ToList();
            start.Release(Writers);
            await Task.WhenAll(tasks);
        }

        await using var read = _db.CreateDbContext();
        var rows = await read.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        const int expected = Writers * Rounds * 2;
        Assert.Equal(Enumerable.Range(1, expected).Select(i => (long)i), rows.Select(r => r.Sequence));
        Assert.Equal(expected, rows.Select(r => r.PreviousHash).Distinct().Count());
        Assert.Equal(Writers * Rounds, await read.Departments.CountAsync(d => d.Name.EndsWith("（改）")));
        var report = await new VerifyAuditChain(_db, _db.Time).ExecuteAsync(AuditTestDatabase.Admin);
        Assert.True(report.Intact, report.Fault?.ToString());
        Assert.Equal(expected, report.RowsChecked);
    }
}

/// <summary>The cases above on SQLite.</summary>
public sealed class AuditChainConcurrencyTests : AuditChainConcurrencyTestsCases
{
    protected override TestProvider Provider => TestProvider.Sqlite;
}

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class AuditChainConcurrencyTestsOnPostgreSql : AuditChainConcurrencyTestsCases
{
    protected override TestProvider Provider => TestProvider.PostgreSql;
}
