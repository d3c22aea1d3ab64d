using System.Data;
using GovData.Domain.Audit;
using GovData.Domain.Calendar;
using GovData.Workflows.Audit;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Audit;

public sealed class AuditChainWriterTests
{
    private static readonly DateTime At = new(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task SaveChanges_ThousandsOfRowsInOneSave_OneIntactChain()
    {
        await using var database = await AuditTestDatabase.CreateAsync();
        await using (var db = database.WriteContext())
        {
            var start = new DateOnly(2030, 1, 1);
            db.CalendarDays.AddRange(Enumerable.Range(0, 2_500).Select(i => new CalendarDay(start.AddDays(i), true, "休息日")));
            await db.SaveChangesAsync();
        }

        var report = await new VerifyAuditChain(database, database.Time).ExecuteAsync(AuditTestDatabase.Admin);

        Assert.True(report.Intact, report.Fault?.ToString());
        Assert.Equal(2_500, report.RowsChecked);
        await using var read = database.CreateDbContext();
        Assert.Equal(2_500, (await read.AuditChainHeads.SingleAsync()).LastSequence);
    }

    [Fact]
    public void Commands_SqlServer_LockWithOutputAndBatchRowsWithNativeTypes()
    {
        // Builds (does not run) the SQL Server statement: no server here, but its shape and types are checked.
        var options = new DbContextOptionsBuilder<SqlServerGovDataDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlServer(options, "Server=(none);Database=GovData;Trusted_Connection=True;TrustServerCertificate=True");
        using var db = new SqlServerGovDataDbContext(options.Options);
        var first = AuditEntry.Chained(1, At, null, "system", AuditActions.Insert, "Department", "1", "{}", AuditHash.Genesis);
        var second = AuditEntry.Chained(2, At, "u1", "张三", AuditActions.Update, "Department", "1", null, first.Hash);
        using var insert = new AuditChainWriter.Insert(db);

        var command = insert.For([first, second], moveHead: true);
        using var lockCommand = AuditChainWriter.LockCommand(db);

        Assert.Equal(AuditChainWriter.SqlServerRowsPerStatement, insert.RowsPerStatement);
        Assert.StartsWith("INSERT INTO [AuditEntries] ([Sequence], [OccurredAtUtc], [UserId], [UserName], [Action], [EntityType], [EntityKey], [Summary], [PreviousHash], [Hash]) VALUES (@p0, ", command.CommandText, StringComparison.Ordinal);
        Assert.Contains("), (@p10, @p11, ", command.CommandText, StringComparison.Ordinal);
        Assert.Contains("UPDATE [AuditChainHeads] SET [LastSequence] = @p20, [LastHash] = @p21 WHERE [Id] = @p22;", command.CommandText, StringComparison.Ordinal);
        Assert.Equal(23, command.Parameters.Count);
        Assert.Equal(2L, command.Parameters[20].Value);
        Assert.Equal(second.Hash, command.Parameters[21].Value);
        Assert.Equal(
            "UPDATE [AuditChainHeads] SET [LastSequence] = [LastSequence] OUTPUT INSERTED.[LastSequence], INSERTED.[LastHash] WHERE [Id] = @p0;",
            lockCommand.CommandText);
        Assert.Equal(DbType.DateTime2, command.Parameters[1].DbType);
        Assert.Equal(DBNull.Value, command.Parameters[2].Value);
        Assert.Equal("张三", command.Parameters[13].Value);
    }
}
