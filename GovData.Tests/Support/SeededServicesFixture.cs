using GovData.Domain.Identity;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Support;

/// <summary>
/// The set-up the use-case fixtures share: one seeded database (SQLite, or PostgreSQL in a subclass), a fake clock in China time, the calendar and the
/// workflow runtime over them; a subclass adds its feature's services (and may prepare the database first).
/// </summary>
public abstract class SeededServicesFixture : IAsyncLifetime
{
    private ServiceProvider _services = default!;

    public TestDatabase Database { get; private set; } = default!;

    /// <summary>The database the fixture runs on; a PostgreSQL subclass of a use-case fixture overrides it.</summary>
    public virtual TestProvider Provider => TestProvider.Sqlite;

    public FakeTimeProvider Time { get; } = new();

    public IReadOnlyDictionary<string, int> DepartmentIds { get; private set; } = default!;

    /// <summary>Where the clock stands when the fixture is ready, in China time.</summary>
    protected abstract DateTime ChinaStart { get; }

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateSeededAsync(Provider);
        DepartmentIds = await Database.DepartmentIdsAsync();
        await PrepareDatabaseAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<GovDataDbContext>>(Database);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddGovDataCalendar();
        services.AddGovDataWorkflowRuntime();
        AddServices(services);
        _services = services.BuildServiceProvider(validateScopes: true);
        SetChinaTime(ChinaStart);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>A service as one request would get it (its own scope).</summary>
    public T Get<T>()
        where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public Task<UserContext> UserAsync(string email) => Database.UserAsync(email);

    public void SetChinaTime(DateTime chinaLocal) =>
        Time.AdjustTime(new DateTimeOffset(chinaLocal, TimeSpan.FromHours(8)));

    protected abstract void AddServices(IServiceCollection services);

    protected virtual Task PrepareDatabaseAsync() => Task.CompletedTask;
}
