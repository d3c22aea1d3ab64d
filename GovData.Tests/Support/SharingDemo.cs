using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Support;

/// <summary>Runs the app's own sharing demo seeder over a seeded test database: five share requests, one of them
/// refused citing 《中华人民共和国测绘法》 (so the legal-basis register has a cited entry).</summary>
public static class SharingDemo
{
    public static async Task SeedAsync(SqliteTestDatabase database, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<GovDataDbContext>>(database);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(now ?? new DateTimeOffset(2025, 11, 3, 2, 0, 0, TimeSpan.Zero)));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddGovDataCalendar();
        services.AddGovDataWorkflowRuntime();
        services.AddGovDataSharing();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SharingDemoSeeder>().SeedAsync();
    }

    /// <summary>The id of the legal basis the demo's refused request cites.</summary>
    public static async Task<int> CitedLegalBasisIdAsync(SqliteTestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateDbContext();
        return await db.ShareRequests.Where(r => r.RefusalLegalBasisId != null).Select(r => r.RefusalLegalBasisId!.Value).FirstAsync();
    }
}
