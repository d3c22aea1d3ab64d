using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.OpenData.Datasets;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.OpenData;

/// <summary>The demo city on real SQLite with a dataset store in its own temporary folder.</summary>
public class DatasetFixture : IAsyncLifetime
{
    /// <summary>The database the fixture runs on; the PostgreSQL subclass overrides it.</summary>
    public virtual TestProvider Provider => TestProvider.Sqlite;

    public TestDatabase Database { get; private set; } = default!;

    public DatasetStore Store { get; private set; } = default!;

    public DatasetOptions Options { get; } = new() { MaxErrors = 50, MaxRowBytes = 64 * 1024 };

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateSeededAsync(Provider);
        Store = new DatasetStore(Options, Path.Combine(Database.Directory, "datasets"));
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    public UploadDataset Upload => new(Database, new UnitOfWork(Database, Database.Clock), Store, Database.Clock);

    public OpenDatasetRelease Open => new(Database, Store);

    public async Task<int> ResourceIdAsync(string code)
    {
        await using var db = Database.CreateDbContext();
        return await db.DataResources.Where(r => r.Code == ResourceCode.Parse(code)).Select(r => r.Id).SingleAsync();
    }

    public async Task<int> ReleaseCountAsync(int resourceId)
    {
        await using var db = Database.CreateDbContext();
        return await db.DatasetReleases.CountAsync(r => r.DataResourceId == resourceId);
    }

    /// <summary>Files (finished or temporary) in the entry's store folder.</summary>
    public int StoredFileCount(int resourceId)
    {
        var folder = Path.Combine(Store.RootPath, resourceId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
    }
}

/// <summary>The same fixture on PostgreSQL (decision 0030).</summary>
public sealed class PostgreSqlDatasetFixture : DatasetFixture
{
    public override TestProvider Provider => TestProvider.PostgreSql;
}
