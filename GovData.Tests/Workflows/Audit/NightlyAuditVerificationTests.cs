using GovData.Domain.Audit;
using GovData.Domain.Departments;
using GovData.Workflows.Audit;
using GovData.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovData.Tests.Workflows.Audit;

public abstract class NightlyAuditVerificationTestsCases(TestProvider provider) : IAsyncLifetime
{
    private AuditTestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await AuditTestDatabase.CreateAsync(provider);
        await using var db = _db.WriteContext();
        db.Departments.Add(new Department("GA", "市公安局", DepartmentLevel.Municipal, DepartmentKind.Government));
        db.Departments.Add(new Department("RS", "市人力资源和社会保障局", DepartmentLevel.Municipal, DepartmentKind.Government));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task RunAsync_Twice_StoresOneResultForTheNight()
    {
        // 18:00 UTC on 2 March is 02:00 on 3 March in Shanghai: the night is Shanghai's date.
        _db.Time.SetUtcNow(new DateTimeOffset(2026, 3, 2, 18, 0, 0, TimeSpan.Zero));

        await Job().RunAsync(CancellationToken.None);
        _db.Time.Advance(TimeSpan.FromMinutes(30));
        await Job().RunAsync(CancellationToken.None);

        await using var db = _db.CreateDbContext();
        var stored = Assert.Single(await db.AuditVerifications.ToListAsync());
        Assert.Equal(new DateOnly(2026, 3, 3), stored.RunDate);
        Assert.True(stored.Intact);
        Assert.Equal(2, stored.RowsChecked);
        Assert.Equal(new DateTime(2026, 3, 2, 18, 30, 0, DateTimeKind.Utc), stored.CheckedAtUtc);
        Assert.Equal(2, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task RunAsync_AfterTamperingSameNight_OverwritesWithTheBreak()
    {
        await Job().RunAsync(CancellationToken.None);
        await using (var db = _db.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'x' WHERE \"Sequence\" = 2");
        }

        await Job().RunAsync(CancellationToken.None);

        await using var read = _db.CreateDbContext();
        var stored = Assert.Single(await read.AuditVerifications.ToListAsync());
        Assert.False(stored.Intact);
        Assert.Equal(AuditChainBreak.ContentChanged, stored.Reason);
        Assert.Equal(2, stored.BrokenSequence);
    }

    [Fact]
    public async Task RunAsync_NextNight_AddsARowAndLatestReturnsIt()
    {
        await Job().RunAsync(CancellationToken.None);
        _db.Time.Advance(TimeSpan.FromDays(1));
        await using (var db = _db.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 1");
        }

        await Job().RunAsync(CancellationToken.None);

        var latest = await new GetLatestAuditVerification(_db).ExecuteAsync(AuditTestDatabase.Admin);
        Assert.NotNull(latest);
        Assert.False(latest.Intact);
        Assert.Equal(AuditChainBreak.RowMissing, latest.Fault?.Reason);
        Assert.Equal(AuditTestDatabase.Start.UtcDateTime.AddDays(1), latest.CheckedAtUtc);
        await using var read = _db.CreateDbContext();
        Assert.Equal(2, await read.AuditVerifications.CountAsync());
    }

    [Fact]
    public async Task GetLatest_NonAdmin_IsRefused()
    {
        await Assert.ThrowsAsync<GovData.Domain.DomainRuleException>(
            () => new GetLatestAuditVerification(_db).ExecuteAsync(AuditTestDatabase.Approver));
    }

    private NightlyAuditVerification Job() =>
        new(new VerifyAuditChain(_db, _db.Time), _db, _db.Time, NullLogger<NightlyAuditVerification>.Instance);
}

public sealed class NightlyAuditVerificationTests() : NightlyAuditVerificationTestsCases(TestProvider.Sqlite);

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class NightlyAuditVerificationTestsOnPostgreSql() : NightlyAuditVerificationTestsCases(TestProvider.PostgreSql);
