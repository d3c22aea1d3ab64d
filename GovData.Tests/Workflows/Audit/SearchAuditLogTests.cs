using GovData.Domain;
using GovData.Domain.Audit;
using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Audit;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Audit;

public abstract class SearchAuditLogTestsCases(TestProvider provider) : IAsyncLifetime
{
    private AuditTestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await AuditTestDatabase.CreateAsync(provider);
        await using var db = _db.WriteContext(AuditTestDatabase.Admin);
        // 2 March 09:30 Shanghai: three inserts by the admin.
        db.Departments.AddRange(
            new Department("GA", "市公安局", DepartmentLevel.Municipal, DepartmentKind.Government),
            new Department("RS", "市人力资源和社会保障局", DepartmentLevel.Municipal, DepartmentKind.Government),
            new Department("JT", "市交通运输局", DepartmentLevel.Municipal, DepartmentKind.Government));
        await db.SaveChangesAsync();
        // 3 March 00:30 Shanghai (16:30 UTC on 2 March): a rename by the approver.
        _db.Time.Advance(TimeSpan.FromHours(15));
        await using var approver = _db.WriteContext(AuditTestDatabase.Approver);
        (await approver.Departments.SingleAsync(d => d.Code == "JT")).Rename("市交通运输局（改）");
        await approver.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Execute_NoFilter_NewestFirstWithTotal()
    {
        var page = await SearchAsync(new AuditLogQuery { PageSize = 3 });

        Assert.Equal(4, page.Total);
        Assert.Equal([4L, 3L, 2L], page.Rows.Select(r => r.Sequence));
    }

    [Fact]
    public async Task Execute_NamesTheDepartmentIdsOfThePagesDepartmentFieldsOnly()
    {
        await using (var db = _db.WriteContext(AuditTestDatabase.Admin))
        {
            var ga = await db.Departments.SingleAsync(d => d.Code == "GA");
            db.Departments.Add(new Department("GA-1", "市公安局交警支队", DepartmentLevel.Municipal, DepartmentKind.Government, ga.Id));
            await db.SaveChangesAsync();
        }

        var page = await SearchAsync(new AuditLogQuery { PageSize = 1 });

        var ga1 = Assert.Single(page.Departments);
        Assert.Equal("市公安局", ga1.Value);
        Assert.True(AuditLogResult.IsDepartmentField("AssigneeDepartmentId"));
        Assert.True(AuditLogResult.IsDepartmentField("ParentId"));
        Assert.False(AuditLogResult.IsDepartmentField("Id"));
    }

    [Fact]
    public async Task Execute_SecondPage_ReturnsTheRest()
    {
        var page = await SearchAsync(new AuditLogQuery { Page = 1, PageSize = 3 });

        Assert.Equal(4, page.Total);
        Assert.Equal([1L], page.Rows.Select(r => r.Sequence));
    }

    [Fact]
    public async Task Execute_ByActionAndUser_FindsTheRename()
    {
        var byAction = await SearchAsync(new AuditLogQuery { Action = AuditActions.Update });
        var byUser = await SearchAsync(new AuditLogQuery { User = "审核" });

        Assert.Equal([4L], byAction.Rows.Select(r => r.Sequence));
        Assert.Equal([4L], byUser.Rows.Select(r => r.Sequence));
    }

    [Fact]
    public async Task Execute_ByEntityTypeAndText_MatchesSummary()
    {
        var page = await SearchAsync(new AuditLogQuery { EntityType = nameof(Department), Text = "人力资源" });
        var wildcard = await SearchAsync(new AuditLogQuery { Text = "%" });

        Assert.Equal(1, page.Total);
        Assert.Contains("市人力资源和社会保障局", page.Rows[0].Summary, StringComparison.Ordinal);
        Assert.Equal(0, wildcard.Total);
    }

    [Fact]
    public async Task Execute_DateRangeInShanghaiDays_SplitsAtLocalMidnight()
    {
        var second = await SearchAsync(new AuditLogQuery { From = new DateOnly(2026, 3, 2), To = new DateOnly(2026, 3, 2) });
        var third = await SearchAsync(new AuditLogQuery { From = new DateOnly(2026, 3, 3) });

        Assert.Equal([3L, 2L, 1L], second.Rows.Select(r => r.Sequence));
        Assert.Equal([4L], third.Rows.Select(r => r.Sequence));
    }

    [Fact]
    public async Task EntityTypes_ListsAuditedTypesOnly()
    {
        var types = await new SearchAuditLog(_db).EntityTypesAsync(AuditTestDatabase.Admin);

        Assert.Contains(nameof(Department), types);
        Assert.Contains("ApplicationUser", types);
        Assert.DoesNotContain(nameof(AuditEntry), types);
    }

    [Fact]
    public async Task Execute_NonAdmin_IsRefused()
    {
        var error = await Assert.ThrowsAsync<DomainRuleException>(
            () => new SearchAuditLog(_db).ExecuteAsync(AuditTestDatabase.Approver, new AuditLogQuery()));

        Assert.Equal(AuditErrors.SystemAdminOnly, error.Code);
    }

    [Fact]
    public async Task Execute_Bureau_ReadsAll_ADistrictBureauOnlyWhatItsDistrictsUsersDid_AndObjectsAreNamed()
    {
        int municipal, district;
        await using (var db = _db.WriteContext(AuditTestDatabase.Admin))
        {
            var city = new Department("SJJ", "市大数据管理局", DepartmentLevel.Municipal, DepartmentKind.DataBureau);
            db.Departments.Add(city);
            await db.SaveChangesAsync();
            var gxq = new Department("GXQSJJ", "高新区大数据管理局", DepartmentLevel.District, DepartmentKind.DataBureau, city.Id);
            db.Departments.Add(gxq);
            await db.SaveChangesAsync();
            (municipal, district) = (city.Id, gxq.Id);
            db.Users.Add(new GovData.Workflows.Identity.ApplicationUser { Id = "gxq-user", UserName = "gxq", DisplayName = "高新区专员", DepartmentId = district });
            await db.SaveChangesAsync();
        }

        await using (var db = _db.WriteContext(new("gxq-user", "高新区专员", district, true, new HashSet<string> { Roles.BureauOfficer })))
        {
            (await db.Departments.SingleAsync(d => d.Code == "GXQSJJ")).Rename("高新区数据局");
            await db.SaveChangesAsync();
        }

        var cityOfficer = new UserContext("sjj", "王主任", municipal, true, new HashSet<string> { Roles.BureauOfficer });
        var districtOfficer = new UserContext("gxq2", "高新区另一专员", district, true, new HashSet<string> { Roles.BureauOfficer });

        var all = await new SearchAuditLog(_db).ExecuteAsync(cityOfficer, new AuditLogQuery());
        var own = await new SearchAuditLog(_db).ExecuteAsync(districtOfficer, new AuditLogQuery());

        Assert.True(all.Total > own.Total);
        var rename = Assert.Single(own.Rows);
        Assert.Equal("高新区专员", rename.UserName);
        Assert.Equal("高新区数据局", rename.ObjectName);
        Assert.Equal("高新区专员", own.Names["gxq-user"]);
    }

    private Task<AuditLogResult> SearchAsync(AuditLogQuery query) =>
        new SearchAuditLog(_db).ExecuteAsync(AuditTestDatabase.Admin, query);
}

public sealed class SearchAuditLogTests() : SearchAuditLogTestsCases(TestProvider.Sqlite);

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class SearchAuditLogTestsOnPostgreSql() : SearchAuditLogTestsCases(TestProvider.PostgreSql);
