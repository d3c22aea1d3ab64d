using GovData.Domain.Audit;
using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Persistence;

/// <summary>The one write primitive, on SQLite and PostgreSQL under the retrying strategy every test database uses.</summary>
public abstract class UnitOfWorkTestsCases : IAsyncLifetime
{
    protected abstract TestProvider Provider { get; }

    private static readonly UserContext Admin = new("admin-id", "系统管理员", null, false, new HashSet<string> { Roles.SystemAdmin });

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(Provider);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task TransactionOpenedOutsideTheStrategy_IsRefused_AsOnSqlServerWithRetries()
    {
        // What every write site did before: the test strategy makes it fail here, as EnableRetryOnFailure() does.
        await using var db = _database.WriteContext(Admin);
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Departments.Add(Department("GA"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("does not support user-initiated transactions", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TransientFailureAtCommit_RunsTheWorkAgainOnANewContext_AndWritesOnce()
    {
        var contexts = new List<GovDataDbContext>();
        _database.Failures.FailNextCommits(1);

        var id = await _database.UnitOfWork().RunAsync(Admin, async (db, ct) =>
        {
            contexts.Add(db);
            var department = Department("GA");
            db.Departments.Add(department);
            await db.SaveChangesAsync(ct);
            return department.Id;
        });

        Assert.Equal(1, _database.Failures.FailedCommits);
        Assert.Equal(2, contexts.Count);
        Assert.NotSame(contexts[0], contexts[1]);
        await using var read = _database.CreateDbContext();
        Assert.Equal(id, Assert.Single(await read.Departments.ToListAsync()).Id);
        var audit = Assert.Single(await read.AuditEntries.ToListAsync());
        Assert.Equal((AuditActions.Insert, Admin.UserId), (audit.Action, audit.UserId));
    }

    [Fact]
    public async Task RunAsync_WorkThrows_NothingIsWritten_AndNothingRunsAfterCommit()
    {
        var afterCommit = false;
        await Assert.ThrowsAsync<InvalidTimeZoneException>(() => _database.UnitOfWork().RunAsync(Admin, async (db, ct) =>
        {
            db.Departments.Add(Department("GA"));
            await db.SaveChangesAsync(ct);
            db.AfterCommit(() =>
            {
                afterCommit = true;
                return Task.CompletedTask;
            });
            throw new InvalidTimeZoneException();
        }));

        Assert.False(afterCommit);
        await using var read = _database.CreateDbContext();
        Assert.Empty(await read.Departments.ToListAsync());
        Assert.Empty(await read.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task RunAsync_RollBack_ReturnsTheResultAndKeepsNothing()
    {
        var afterCommit = false;
        var result = await _database.UnitOfWork().RunAsync(Admin, async (db, ct) =>
        {
            db.Departments.Add(Department("GA"));
            await db.SaveChangesAsync(ct);
            db.AfterCommit(() =>
            {
                afterCommit = true;
                return Task.CompletedTask;
            });
            db.RollBack();
            return "refused";
        });

        Assert.Equal("refused", result);
        Assert.False(afterCommit);
        await using var read = _database.CreateDbContext();
        Assert.Empty(await read.Departments.ToListAsync());
    }

    [Fact]
    public async Task RunAsync_AfterCommit_RunsOnceTheChangeIsVisible()
    {
        var seen = -1;
        await _database.UnitOfWork().RunAsync(Admin, async (db, ct) =>
        {
            db.Departments.Add(Department("GA"));
            await db.SaveChangesAsync(ct);
            db.AfterCommit(async () =>
            {
                await using var other = _database.CreateDbContext();
                seen = await other.Departments.CountAsync();
            });
        });

        Assert.Equal(1, seen);
    }

    [Fact]
    public async Task RunAsync_AuditsTheGivenActorAtTheGivenClock_NotTheSystemClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero));

        await _database.UnitOfWork(clock).RunAsync(Admin, async (db, ct) =>
        {
            db.Departments.Add(Department("GA"));
            await db.SaveChangesAsync(ct);
        });
        clock.Advance(TimeSpan.FromDays(3));
        await _database.UnitOfWork(clock).RunAsSystemAsync(async (db, ct) =>
        {
            (await db.Departments.SingleAsync(ct)).Rename("市公安局（改）");
            await db.SaveChangesAsync(ct);
        });

        await using var read = _database.CreateDbContext();
        var rows = await read.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(
            [(new DateTime(2031, 5, 6, 7, 8, 9, DateTimeKind.Utc), Admin.UserId, Admin.UserName), (new DateTime(2031, 5, 9, 7, 8, 9, DateTimeKind.Utc), null, AuditActors.System)],
            rows.Select(r => (r.OccurredAtUtc, r.UserId, r.UserName)));
    }

    [Fact]
    public async Task SaveChanges_AuditedChangeThroughAContextNamingNoActorAndClock_IsRefused()
    {
        await using (var db = _database.CreateDbContext())
        {
            db.Departments.Add(Department("GA"));
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("UnitOfWork", refused.Message, StringComparison.Ordinal);
        }

        await using var read = _database.CreateDbContext();
        Assert.Empty(await read.Departments.ToListAsync());
    }

    [Fact]
    public async Task Attribute_Twice_IsRefused()
    {
        await using var db = _database.WriteContext(Admin);

        Assert.Throws<InvalidOperationException>(() => db.Attribute(null, _database.Clock));
    }

    private static Department Department(string code) => new(code, "市公安局", DepartmentLevel.Municipal, DepartmentKind.Government);
}

/// <summary>The cases above on SQLite.</summary>
public sealed class UnitOfWorkTests : UnitOfWorkTestsCases
{
    protected override TestProvider Provider => TestProvider.Sqlite;
}

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class UnitOfWorkTestsOnPostgreSql : UnitOfWorkTestsCases
{
    protected override TestProvider Provider => TestProvider.PostgreSql;
}
