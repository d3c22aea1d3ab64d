using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Catalog;

/// <summary>
/// The demo city (21 resources: 19 published, drafts at SCJG and ZRZY) plus three rows of our own, so that both GA and
/// RS have entries that are not published: 3.09.001/GA-9001, 3.09.002/GA-9002, 3.09.001/RS-9001. Seeded once per test class.
/// </summary>
public class DemoCatalogFixture : IAsyncLifetime
{
    /// <summary>The database the fixture runs on; the PostgreSQL subclass overrides it.</summary>
    public virtual TestProvider Provider => TestProvider.Sqlite;

    public const int DemoPublished = 19;
    public const int Total = 24;

    public TestDatabase Database { get; private set; } = default!;

    public IReadOnlyDictionary<string, int> DepartmentIds { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateSeededAsync(Provider);
        DepartmentIds = await Database.DepartmentIdsAsync();
        await using var db = Database.WriteContext();
        await TestCatalog.AddAsync(db, TestCatalog.Content("3.09.002/GA-9002", "旧版户籍迁移统计"), DepartmentIds["GA"], CatalogStatus.Retired);
        await TestCatalog.AddAsync(
            db, TestCatalog.Content("3.09.001/GA-9001", "流动人口居住登记（草稿）", ShareType.Conditional, OpenType.NotOpen, "《居住证暂行条例》第九条"), DepartmentIds["GA"], CatalogStatus.Draft);
        await TestCatalog.AddAsync(
            db, TestCatalog.Content("3.09.001/RS-9001", "失业保险金发放明细（草稿）", ShareType.Conditional, OpenType.NotOpen, "《失业保险条例》第十七条"), DepartmentIds["RS"], CatalogStatus.Draft);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    /// <summary>The context a real sign-in of the seeded user produces (see GovDataClaimsPrincipalFactory).</summary>
    public Task<UserContext> UserAsync(string email) => Database.UserAsync(email);

    public async Task<int> ResourceIdAsync(string code)
    {
        await using var db = Database.CreateDbContext();
        return await db.DataResources.Where(r => r.Code == ResourceCode.Parse(code)).Select(r => r.Id).SingleAsync();
    }
}

/// <summary>The same fixture on PostgreSQL (decision 0030).</summary>
public sealed class PostgreSqlDemoCatalogFixture : DemoCatalogFixture
{
    public override TestProvider Provider => TestProvider.PostgreSql;
}
