using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.Calendar;
using GovData.Workflows.Catalog;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Catalog;

/// <summary>One seeded SQLite database with the runtime and the catalog use cases; the clock stands on 12 Jan 2026.</summary>
public sealed class CatalogReviewFixture : IAsyncLifetime
{
    private ServiceProvider _services = default!;

    public SqliteTestDatabase Database { get; private set; } = default!;

    public FakeTimeProvider Time { get; } = new();

    public async Task InitializeAsync()
    {
        Database = await SqliteTestDatabase.CreateSeededAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<GovDataDbContext>>(Database);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddGovDataCalendar();
        services.AddGovDataWorkflowRuntime();
        services.AddGovDataSharing();
        services.AddGovDataCatalog();
        _services = services.BuildServiceProvider();
        Time.AdjustTime(new DateTimeOffset(2026, 1, 12, 10, 0, 0, TimeSpan.FromHours(8)));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }

    public T Get<T>()
        where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public Task<UserContext> UserAsync(string email) => Database.UserAsync(email);

    public async Task<DataResource> ResourceAsync(string code)
    {
        await using var db = Database.CreateDbContext();
        return await db.DataResources.AsNoTracking().Include(r => r.Items).SingleAsync(r => r.Code == ResourceCode.Parse(code));
    }
}
