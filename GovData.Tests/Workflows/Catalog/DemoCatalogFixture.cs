using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Catalog;

/// <summary>
/// The demo city (21 resources: 19 published, drafts at SCJG and ZRZY) plus three rows of our own, so that both GA and
/// RS have entries that are not published: T-GA-DRAFT, T-GA-RETIRED, T-RS-DRAFT. Seeded once per test class.
/// </summary>
public sealed class DemoCatalogFixture : IAsyncLifetime
{
    public const int DemoPublished = 19;
    public const int Total = 24;

    public SqliteTestDatabase Database { get; private set; } = default!;

    public IReadOnlyDictionary<string, int> DepartmentIds { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Database = await SqliteTestDatabase.CreateSeededAsync();
        DepartmentIds = await Database.DepartmentIdsAsync();
        await using var db = Database.CreateDbContext();
        var retired = new DataResource("T-GA-RETIRED", "旧版户籍迁移统计", DepartmentIds["GA"], ShareType.Unconditional, OpenType.Unconditional, null);
        retired.Retire();
        db.DataResources.AddRange(
            new DataResource("T-GA-DRAFT", "流动人口居住登记（草稿）", DepartmentIds["GA"], ShareType.Conditional, OpenType.NotOpen, "《居住证暂行条例》第九条"),
            new DataResource("T-RS-DRAFT", "失业保险金发放明细（草稿）", DepartmentIds["RS"], ShareType.Conditional, OpenType.NotOpen, "《失业保险条例》第十七条"),
            retired);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    /// <summary>The context a real sign-in of the seeded user produces (see GovDataClaimsPrincipalFactory).</summary>
    public async Task<UserContext> UserAsync(string email)
    {
        await using var db = Database.CreateDbContext();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync();
        var bureau = user.DepartmentId is { } id && (await db.Departments.SingleAsync(d => d.Id == id)).IsDataBureau;
        return new UserContext(user.Id, user.DisplayName, user.DepartmentId, bureau, roles.ToHashSet(StringComparer.Ordinal));
    }

    public async Task<int> ResourceIdAsync(string code)
    {
        await using var db = Database.CreateDbContext();
        return await db.DataResources.Where(r => r.Code == code).Select(r => r.Id).SingleAsync();
    }
}
