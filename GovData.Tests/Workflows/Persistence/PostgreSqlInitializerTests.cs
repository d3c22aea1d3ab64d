using GovData.Workflows;
using GovData.Workflows.Audit;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using GovData.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Persistence;

/// <summary>
/// What <c>Database__Provider=PostgreSql</c> with a connection string does at start (decision 0030): the app's own
/// registrations create the database, apply the PostgreSQL migration set, load the calendars and seed the demo city;
/// a second start changes nothing; the audit chain the seed wrote verifies. Runs on the test server
/// (<c>GOVDATA_TEST_POSTGRES</c>); without one it fails with a hint.
/// </summary>
public sealed class PostgreSqlInitializerTests : IAsyncLifetime
{
    private readonly string _database = "govdata_init_" + Guid.NewGuid().ToString("N")[..12];
    private ServiceProvider _services = default!;

    public Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:GovData"] = PostgreSqlTemplates.ConnectionStringFor(_database),
            ["Database:Provider"] = "PostgreSql",
            ["Database:MigrateOnStartup"] = "true",
            ["Database:SeedDemoData"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero).AddTicks(1_234_567)));
        services.AddGovDataPersistence(configuration, Path.GetTempPath());
        services.AddGovDataWorkflows();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        services.AddIdentityCore<ApplicationUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GovDataDbContext>();
        _services = services.BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await PostgreSqlTemplates.DropAsync(_database);
    }

    [Fact]
    public async Task Initialize_OnMissingDatabase_CreatesItWithThePostgreSqlSet_AndSeedsTheDemoCity_OnceOnly()
    {
        var initializer = _services.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync();

        await using (var db = await Factory.CreateDbContextAsync())
        {
            Assert.IsType<PostgreSqlGovDataDbContext>(db);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(GovData.Tests.Architecture.MigrationSetsTests.PostgreSqlBaseline, (await db.Database.GetAppliedMigrationsAsync()).First().Split('_', 2)[1]);
        }

        var first = await CountsAsync();
        Assert.True(first.Departments >= 6 && first.Users > 10 && first.Resources >= 18 && first.Days > 40, first.ToString());

        await initializer.InitializeAsync();
        Assert.Equal(first, await CountsAsync());

        // The clock has sub-microsecond ticks, which PostgreSQL does not store: the hashes must still verify.
        var verification = await _services.CreateScope().ServiceProvider.GetRequiredService<VerifyAuditChain>().VerifyAsync(CancellationToken.None);
        Assert.True(verification.Intact, verification.Fault?.ToString());
        Assert.True(verification.RowsChecked > 0);
    }

    private IDbContextFactory<GovDataDbContext> Factory => _services.GetRequiredService<IDbContextFactory<GovDataDbContext>>();

    private async Task<(int Departments, int Users, int Resources, int Days)> CountsAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        return (await db.Departments.CountAsync(), await db.Users.CountAsync(), await db.DataResources.CountAsync(), await db.CalendarDays.CountAsync());
    }
}
