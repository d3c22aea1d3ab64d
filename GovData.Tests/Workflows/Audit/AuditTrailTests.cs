using System.Text.Json;
using GovData.Domain.Audit;
using GovData.Domain.Departments;
using GovData.Tests.Support;
using GovData.Workflows.Audit;
using GovData.Workflows.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Audit;

public abstract class AuditTrailTestsCases(TestProvider provider) : IAsyncLifetime
{
    private AuditTestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await AuditTestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task SaveChanges_InsertDepartment_WritesInsertRowWithActorTimeKeyAndValues()
    {
        var id = await AddDepartmentAsync("GA", "市公安局");

        var row = Assert.Single(await RowsAsync());
        Assert.Equal(1, row.Sequence);
        Assert.Equal(AuditActions.Insert, row.Action);
        Assert.Equal(nameof(Department), row.EntityType);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), row.EntityKey);
        Assert.Equal(AuditTestDatabase.Admin.UserId, row.UserId);
        Assert.Equal(AuditTestDatabase.Admin.UserName, row.UserName);
        Assert.Equal(AuditTestDatabase.Start.UtcDateTime, row.OccurredAtUtc);
        Assert.Equal(AuditHash.Genesis, row.PreviousHash);
        using var summary = JsonDocument.Parse(row.Summary!);
        Assert.Equal("GA", summary.RootElement.GetProperty("Code").GetString());
        Assert.Equal("市公安局", summary.RootElement.GetProperty("Name").GetString());
        Assert.Equal(nameof(DepartmentLevel.Municipal), summary.RootElement.GetProperty("Level").GetString());
        Assert.Equal(id, summary.RootElement.GetProperty("Id").GetInt32());
        Assert.Contains("市公安局", row.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChanges_UpdateDepartment_WritesOnlyChangedPropertiesWithOldAndNew()
    {
        var id = await AddDepartmentAsync("GA", "市公安局");
        _db.Time.Advance(TimeSpan.FromMinutes(5));

        await using (var db = _db.WriteContext(AuditTestDatabase.Approver))
        {
            var department = await db.Departments.SingleAsync(d => d.Id == id);
            department.Rename("市公安局（新）");
            await db.SaveChangesAsync();
        }

        var rows = await RowsAsync();
        Assert.Equal(2, rows.Count);
        var update = rows[1];
        Assert.Equal(AuditActions.Update, update.Action);
        Assert.Equal(AuditTestDatabase.Approver.UserName, update.UserName);
        Assert.Equal(AuditTestDatabase.Start.UtcDateTime.AddMinutes(5), update.OccurredAtUtc);
        Assert.Equal(rows[0].Hash, update.PreviousHash);
        Assert.Equal("""{"Name":{"old":"市公安局","new":"市公安局（新）"}}""", update.Summary);
    }

    [Fact]
    public async Task SaveChanges_DeleteDepartment_WritesDeleteRowWithOldValues()
    {
        var id = await AddDepartmentAsync("JT", "市交通运输局");

        await using (var db = _db.WriteContext(AuditTestDatabase.Admin))
        {
            db.Departments.Remove(await db.Departments.SingleAsync(d => d.Id == id));
            await db.SaveChangesAsync();
        }

        var delete = (await RowsAsync())[^1];
        Assert.Equal(AuditActions.Delete, delete.Action);
        Assert.Equal(2, delete.Sequence);
        using var summary = JsonDocument.Parse(delete.Summary!);
        Assert.Equal("JT", summary.RootElement.GetProperty("Code").GetString());
        Assert.Equal("市交通运输局", summary.RootElement.GetProperty("Name").GetString());
    }

    [Fact]
    public async Task SaveChanges_AsTheSystem_RecordsSystem()
    {
        await using (var db = _db.WriteContext())
        {
            db.Departments.Add(new Department("RS", "市人力资源和社会保障局", DepartmentLevel.Municipal, DepartmentKind.Government));
            await db.SaveChangesAsync();
        }

        var row = Assert.Single(await RowsAsync());
        Assert.Null(row.UserId);
        Assert.Equal(AuditActors.System, row.UserName);
    }

    [Fact]
    public void SaveChanges_Synchronous_AppendsToTheSameChain()
    {
        using (var db = _db.WriteContext())
        {
            db.Departments.Add(new Department("WJ", "市卫生健康委员会", DepartmentLevel.Municipal, DepartmentKind.Government));
            db.Departments.Add(new Department("ZRZY", "市自然资源和规划局", DepartmentLevel.Municipal, DepartmentKind.Government));
            db.SaveChanges();
        }

        using var read = _db.CreateDbContext();
        var rows = read.AuditEntries.OrderBy(e => e.Sequence).ToList();
        Assert.Equal([1L, 2L], rows.Select(r => r.Sequence));
        Assert.Equal(rows[0].Hash, rows[1].PreviousHash);
        Assert.All(rows, r => Assert.True(r.HasValidHash));
        var head = read.AuditChainHeads.Single();
        Assert.Equal(2, head.LastSequence);
        Assert.Equal(rows[1].Hash, head.LastHash);
    }

    [Fact]
    public async Task SaveChanges_IdentityUser_NeverStoresPasswordHashOrSecurityStamp()
    {
        const string hash = "AQAAAAIAAYagAAAAEsecret-password-hash";
        const string stamp = "SECURITY-STAMP-VALUE";
        await using (var db = _db.WriteContext())
        {
            db.Users.Add(new ApplicationUser
            {
                Id = "u1",
                UserName = "approver.ga@govdata.local",
                Email = "approver.ga@govdata.local",
                PasswordHash = hash,
                SecurityStamp = stamp,
                DisplayName = "赵审核人",
            });
            await db.SaveChangesAsync();
        }

        await using (var db = _db.WriteContext())
        {
            var user = await db.Users.SingleAsync();
            user.PasswordHash = hash + "-changed";
            user.SecurityStamp = stamp + "-changed";
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            await db.SaveChangesAsync();
            db.UserTokens.Add(new() { UserId = "u1", LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = "TOKEN-SECRET" });
            await db.SaveChangesAsync();
        }

        var rows = await RowsAsync();
        Assert.Equal([AuditActions.Insert, AuditActions.Update, AuditActions.Insert], rows.Select(r => r.Action));
        Assert.Equal(["ApplicationUser", "ApplicationUser", "IdentityUserToken"], rows.Select(r => r.EntityType));
        Assert.All(rows, r =>
        {
            Assert.DoesNotContain("secret", r.Summary, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("STAMP", r.Summary, StringComparison.Ordinal);
            Assert.DoesNotContain("ConcurrencyStamp", r.Summary, StringComparison.Ordinal);
        });
        Assert.Contains("\"PasswordHash\":\"***\"", rows[0].Summary, StringComparison.Ordinal);
        Assert.Contains("\"PasswordHash\":{\"old\":\"***\",\"new\":\"***\"}", rows[1].Summary, StringComparison.Ordinal);
        Assert.Contains("\"Value\":\"***\"", rows[2].Summary, StringComparison.Ordinal);
        Assert.Contains("赵审核人", rows[0].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChanges_OnlyConcurrencyStampChanged_WritesNoRow()
    {
        await using (var db = _db.WriteContext())
        {
            db.Users.Add(new ApplicationUser { Id = "u2", UserName = "x@govdata.local", DisplayName = "X" });
            await db.SaveChangesAsync();
            (await db.Users.SingleAsync()).ConcurrencyStamp = Guid.NewGuid().ToString();
            await db.SaveChangesAsync();
        }

        Assert.Single(await RowsAsync());
    }

    [Fact]
    public async Task SaveChanges_InAUnitOfWorkRolledBack_LeavesNoRowAndHeadUnmoved()
    {
        await AddDepartmentAsync("GA", "市公安局");
        await _db.UnitOfWork().RunAsync(AuditTestDatabase.Admin, async (db, ct) =>
        {
            db.Departments.Add(new Department("SCJG", "市市场监督管理局", DepartmentLevel.Municipal, DepartmentKind.Government));
            await db.SaveChangesAsync(ct);
            Assert.Equal(2, await db.AuditEntries.CountAsync(ct));
            db.RollBack();
        });

        await AddDepartmentAsync("RS", "市人力资源和社会保障局");
        var rows = await RowsAsync();
        Assert.Equal([1L, 2L], rows.Select(r => r.Sequence));
        Assert.Contains("\"RS\"", rows[1].Summary, StringComparison.Ordinal);
        Assert.True((await new VerifyAuditChain(_db, _db.Time).ExecuteAsync(AuditTestDatabase.Admin)).Intact);
    }

    [Fact]
    public async Task RecordEvent_WithoutDataChanges_AppendsTheEventRow()
    {
        await using (var db = _db.WriteContext(AuditTestDatabase.Admin))
        {
            db.RecordEvent(AuditActions.SignOut, "ApplicationUser", "admin-id", "{}");
            await db.SaveChangesAsync();
        }

        var row = Assert.Single(await RowsAsync());
        Assert.Equal(AuditActions.SignOut, row.Action);
        Assert.Equal("admin-id", row.EntityKey);
    }

    private async Task<int> AddDepartmentAsync(string code, string name)
    {
        await using var db = _db.WriteContext(AuditTestDatabase.Admin);
        var department = new Department(code, name, DepartmentLevel.Municipal, DepartmentKind.Government);
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        return department.Id;
    }

    private async Task<List<AuditEntry>> RowsAsync()
    {
        await using var db = _db.CreateDbContext();
        return await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
    }
}

public sealed class AuditTrailTests() : AuditTrailTestsCases(TestProvider.Sqlite);

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class AuditTrailTestsOnPostgreSql() : AuditTrailTestsCases(TestProvider.PostgreSql);
