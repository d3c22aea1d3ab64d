using GovData.Domain;
using GovData.Domain.Audit;
using GovData.Domain.Departments;
using GovData.Workflows.Audit;
using GovData.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Audit;

/// <summary>Someone with direct access to the database edits, deletes or inserts audit rows: the verification says where.</summary>
public abstract class AuditChainTamperingTestsCases(TestProvider provider) : IAsyncLifetime
{
    private AuditTestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await AuditTestDatabase.CreateAsync(provider);
        // Six rows: five inserts and a rename, in four transactions.
        await using var db = _db.WriteContext(AuditTestDatabase.Admin);
        db.Departments.Add(new Department("SJJ", "市大数据管理局", DepartmentLevel.Municipal, DepartmentKind.DataBureau));
        await db.SaveChangesAsync();
        db.Departments.AddRange(
            new Department("GA", "市公安局", DepartmentLevel.Municipal, DepartmentKind.Government),
            new Department("RS", "市人力资源和社会保障局", DepartmentLevel.Municipal, DepartmentKind.Government));
        await db.SaveChangesAsync();
        db.Departments.AddRange(
            new Department("WJ", "市卫生健康委员会", DepartmentLevel.Municipal, DepartmentKind.Government),
            new Department("JT", "市交通运输局", DepartmentLevel.Municipal, DepartmentKind.Government));
        await db.SaveChangesAsync();
        (await db.Departments.SingleAsync(d => d.Code == "GA")).Rename("市公安局（改）");
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Verify_UntouchedChain_IsIntactAndChecksEveryRow()
    {
        var report = await VerifyAsync();

        Assert.True(report.Intact);
        Assert.Null(report.Fault);
        Assert.Equal(6, report.RowsChecked);
        Assert.Equal(AuditTestDatabase.Start.UtcDateTime, report.CheckedAtUtc);
    }

    [Fact]
    public async Task Verify_EmptyLog_IsIntact()
    {
        await using var empty = await AuditTestDatabase.CreateAsync(provider);

        var report = await new VerifyAuditChain(empty, empty.Time).ExecuteAsync(AuditTestDatabase.Admin);

        Assert.True(report.Intact);
        Assert.Equal(0, report.RowsChecked);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public async Task Verify_SummaryEditedInPlace_BrokenAtThatRowContentChanged(long sequence)
    {
        await SqlAsync("UPDATE \"AuditEntries\" SET \"Summary\" = {0} WHERE \"Sequence\" = {1}", "{\"Name\":\"伪造\"}", sequence);

        var report = await VerifyAsync();

        Assert.False(report.Intact);
        Assert.Equal(new AuditChainFault(AuditChainBreak.ContentChanged, sequence, await IdOfAsync(sequence)), report.Fault);
        Assert.Equal(sequence, report.RowsChecked);
    }

    [Fact]
    public async Task Verify_UserNameEditedInPlace_BrokenContentChanged()
    {
        await SqlAsync("UPDATE \"AuditEntries\" SET \"UserName\" = '某人' WHERE \"Sequence\" = 2");

        var report = await VerifyAsync();

        Assert.Equal(AuditChainBreak.ContentChanged, report.Fault?.Reason);
        Assert.Equal(2, report.Fault?.Sequence);
    }

    [Fact]
    public async Task Verify_MiddleRowDeleted_BrokenRowMissing()
    {
        var next = await IdOfAsync(4);
        await SqlAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 3");

        var report = await VerifyAsync();

        Assert.Equal(new AuditChainFault(AuditChainBreak.RowMissing, 3, next), report.Fault);
    }

    [Fact]
    public async Task Verify_LastRowDeleted_BrokenRowMissingAtTheEnd()
    {
        await SqlAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 6");

        var report = await VerifyAsync();

        Assert.Equal(new AuditChainFault(AuditChainBreak.RowMissing, 6, null), report.Fault);
    }

    [Fact]
    public async Task Verify_ForgedRowAppendedWithValidHash_BrokenHeadMismatch()
    {
        // A plausible forgery: next sequence, the real last hash as predecessor, its own hash computed correctly.
        var last = await RowAsync(6);
        var forged = AuditEntry.Chained(7, last.OccurredAtUtc, "admin-id", "系统管理员", AuditActions.Delete, "Department", "2", "{}", last.Hash);
        await InsertAsync(forged);

        var report = await VerifyAsync();

        Assert.Equal(new AuditChainFault(AuditChainBreak.HeadMismatch, 7, await IdOfAsync(7)), report.Fault);
    }

    [Fact]
    public async Task Verify_ForgedRowWithHeadMovedButWrongPredecessor_BrokenPredecessorMismatch()
    {
        var last = await RowAsync(6);
        var forged = AuditEntry.Chained(7, last.OccurredAtUtc, "admin-id", "系统管理员", AuditActions.Insert, "Department", "9", "{}", new string('a', 64));
        await InsertAsync(forged);
        await SqlAsync("UPDATE \"AuditChainHeads\" SET \"LastSequence\" = 7, \"LastHash\" = {0}", forged.Hash);

        var report = await VerifyAsync();

        Assert.Equal(new AuditChainFault(AuditChainBreak.PredecessorMismatch, 7, await IdOfAsync(7)), report.Fault);
    }

    [Fact]
    public async Task Verify_RowEditedAndRehashed_BrokenAtTheNextRow()
    {
        var row = await RowAsync(3);
        var rehashed = AuditHash.Compute(row.Sequence, row.OccurredAtUtc, row.UserId, "某人", row.Action, row.EntityType, row.EntityKey, row.Summary, row.PreviousHash);
        await SqlAsync("UPDATE \"AuditEntries\" SET \"UserName\" = '某人', \"Hash\" = {0} WHERE \"Sequence\" = 3", rehashed);

        var report = await VerifyAsync();

        Assert.Equal(new AuditChainFault(AuditChainBreak.PredecessorMismatch, 4, await IdOfAsync(4)), report.Fault);
    }

    [Fact]
    public async Task Verify_SmallBatches_FindsTheBreakInALaterBatch()
    {
        await SqlAsync("UPDATE \"AuditEntries\" SET \"EntityKey\" = '999' WHERE \"Sequence\" = 5");

        var report = await new VerifyAuditChain(_db, _db.Time) { BatchSize = 2 }.ExecuteAsync(AuditTestDatabase.Admin);

        Assert.Equal(AuditChainBreak.ContentChanged, report.Fault?.Reason);
        Assert.Equal(5, report.Fault?.Sequence);
    }

    [Fact]
    public async Task Verify_SmallBatches_IntactChainChecksEveryRow()
    {
        var report = await new VerifyAuditChain(_db, _db.Time) { BatchSize = 2 }.ExecuteAsync(AuditTestDatabase.Admin);

        Assert.True(report.Intact);
        Assert.Equal(6, report.RowsChecked);
    }

    [Fact]
    public async Task Verify_NonAdmin_IsRefused()
    {
        var error = await Assert.ThrowsAsync<DomainRuleException>(
            () => new VerifyAuditChain(_db, _db.Time).ExecuteAsync(AuditTestDatabase.Approver));

        Assert.Equal(AuditErrors.SystemAdminOnly, error.Code);
    }

    private Task<AuditChainReport> VerifyAsync() => new VerifyAuditChain(_db, _db.Time).ExecuteAsync(AuditTestDatabase.Admin);

    private async Task SqlAsync(string sql, params object?[] parameters)
    {
        await using var db = _db.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(sql, parameters!);
    }

    private Task InsertAsync(AuditEntry forged) => SqlAsync(
        """
        INSERT INTO "AuditEntries" ("Sequence", "OccurredAtUtc", "UserId", "UserName", "Action", "EntityType", "EntityKey", "Summary", "PreviousHash", "Hash")
        VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9})
        """,
        forged.Sequence,
        forged.OccurredAtUtc,
        forged.UserId,
        forged.UserName,
        forged.Action,
        forged.EntityType,
        forged.EntityKey,
        forged.Summary,
        forged.PreviousHash,
        forged.Hash);

    private async Task<AuditEntry> RowAsync(long sequence)
    {
        await using var db = _db.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == sequence);
    }

    private async Task<long> IdOfAsync(long sequence) => (await RowAsync(sequence)).Id;
}

public sealed class AuditChainTamperingTests() : AuditChainTamperingTestsCases(TestProvider.Sqlite);

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class AuditChainTamperingTestsOnPostgreSql() : AuditChainTamperingTestsCases(TestProvider.PostgreSql);
