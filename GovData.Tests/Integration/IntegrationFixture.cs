using GovData.Tests.Support;
using GovData.Workflows.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Integration;

/// <summary>One seeded SQLite database with the key use cases; the clock stands on 30 Sep 2025 10:00 (China).</summary>
public sealed class IntegrationFixture : SeededServicesFixture
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
