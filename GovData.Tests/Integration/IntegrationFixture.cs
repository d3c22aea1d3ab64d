using GovData.Tests.Support;
using GovData.Workflows.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Integration;

/// <summary>One seeded SQLite database with the key use cases; the clock stands on 30 Sep 2025 10:00 (China).</summary>
public class IntegrationFixture : SeededServicesFixture
{
    protected override DateTime ChinaStart => new(2025, 9, 30, 10, 0, 0);

    protected override void AddServices(IServiceCollection services) => services.AddGovDataIntegration();

    public async Task<CreatedApiKey> CreateKeyAsync(string email, string name = "人口库同步", DateTime? expiresAtUtc = null)
    {
        var result = await Get<CreateApiKey>().ExecuteAsync(await UserAsync(email), new CreateApiKeyCommand(name, expiresAtUtc));
        Assert.True(result.Succeeded, result.Outcome.ErrorKey);
        return result.Key!;
    }
}

/// <summary>The same fixture on PostgreSQL (decision 0030).</summary>
public sealed class PostgreSqlIntegrationFixture : IntegrationFixture
{
    public override TestProvider Provider => TestProvider.PostgreSql;
}
