using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Integration;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Integration;

/// <summary>One seeded SQLite database with the key use cases; the clock stands on 30 Sep 2025 10:00 (China).</summary>
public sealed class IntegrationFixture : IAsyncLifetime
{
    private ServiceProvider _services = default!;

    public SqliteTestDatabase Database { get; private set; } = default!;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 9, 30, 10, 0, 0, TimeSpan.FromHours(8)));

    public async Task InitializeAsync()
    {
        Database = await SqliteTestDatabase.CreateSeededAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<GovDataDbContext>>(Database);
        services.AddSingleton<TimeProvider>(Time);
        services.AddGovDataIntegration();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }

    public T Get<T>()
        where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public Task<UserContext> UserAsync(string email) => Database.UserAsync(email);

    public async Task<CreatedApiKey> CreateKeyAsync(string email, string name = "人口库同步", DateTime? expiresAtUtc = null)
    {
        var result = await Get<CreateApiKey>().ExecuteAsync(await UserAsync(email), new CreateApiKeyCommand(name, expiresAtUtc));
        Assert.True(result.Succeeded, result.Outcome.ErrorKey);
        return result.Key!;
    }
}
