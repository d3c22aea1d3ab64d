using GovData.Domain.Audit;
using GovData.Domain.Calendar;
using GovData.Domain.Departments;
using GovData.Tests.Support;
using GovData.Workflows.Audit;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Audit;

/// <summary>
/// A save of more rows than one INSERT statement holds (on PostgreSQL: appended by binary COPY, decision 0035) and the
/// small saves around it (one INSERT) form one chain: consecutive sequences, each row's previous hash the one before,
/// the head on the last row, the rows' values as written, and the verification intact.
/// </summary>
public abstract class AuditChainBulkAppendTestsCases : IAsyncLifetime
{
    private AuditTestDatabase _db = null!;

    protected abstract TestProvider Provider { get; }

    public async Task InitializeAsync() => _db = await AuditTestDatabase.CreateAsync(Provider);

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData(AuditChainWriter.SqlServerRowsPerStatement + 1)]
    [InlineData(1_234)]
    public async Task SaveChanges_ManyRowsBetweenSmallSaves_OneIntactChain(int days)
    {
        await SaveDepartmentAsync("D-before");
        await using (var db = _db.WriteContext(AuditTestDatabase.Approver))
        {
            var start = new DateOnly(2030, 1, 1);
            db.CalendarDays.AddRange(Enumerable.Range(0, days).Select(i => new CalendarDay(start.AddDays(i), true, "休息日")));
            await db.SaveChangesAsync();
        }

        await SaveDepartmentAsync("D-after");

        await using var read = _db.CreateDbContext();
        var rows = await read.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var expected = days + 2;
        Assert.Equal(Enumerable.Range(1, expected).Select(i => (long)i), rows.Select(r => r.Sequence));
        Assert.Equal(AuditHash.Genesis, rows[0].PreviousHash);
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.Equal(rows[i - 1].Hash, rows[i].PreviousHash);
        }

        var bulk = rows[1];
        Assert.Equal(AuditTestDatabase.Approver.UserId, bulk.UserId);
        Assert.Equal(AuditTestDatabase.Approver.UserName, bulk.UserName);
        Assert.Equal(AuditActions.Insert, bulk.Action);
        Assert.Equal(AuditTestDatabase.Start.UtcDateTime, bulk.OccurredAtUtc);
        Assert.Equal(days, rows.Count(r => r.UserId == AuditTestDatabase.Approver.UserId));
        var head = await read.AuditChainHeads.AsNoTracking().SingleAsync();
        Assert.Equal(expected, head.LastSequence);
        Assert.Equal(rows[^1].Hash, head.LastHash);
        var report = await new VerifyAuditChain(_db, _db.Time).ExecuteAsync(AuditTestDatabase.Admin);
        Assert.True(report.Intact, report.Fault?.ToString());
        Assert.Equal(expected, report.RowsChecked);
    }

    private async Task SaveDepartmentAsync(string code)
    {
        await using var db = _db.WriteContext(AuditTestDatabase.Admin);
        db.Departments.Add(new Department(code, "部门" + code, DepartmentLevel.District, DepartmentKind.Government));
        await db.SaveChangesAsync();
    }
}

/// <summary>The cases above on SQLite (one prepared INSERT per row).</summary>
public sealed class AuditChainBulkAppendTests : AuditChainBulkAppendTestsCases
{
    protected override TestProvider Provider => TestProvider.Sqlite;
}

/// <summary>The cases above on PostgreSQL: the many rows by binary COPY, the small saves by INSERT.</summary>
public sealed class AuditChainBulkAppendTestsOnPostgreSql : AuditChainBulkAppendTestsCases
{
    protected override TestProvider Provider => TestProvider.PostgreSql;
}
