using System.Net;
using GovData.Tests.Support;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Nodes;

/// <summary><c>/health/live</c> and <c>/health/ready</c> for a load balancer (issue #15 part 2, decision 0031).</summary>
[Collection(WebAppCollection.Name)]
public sealed class HealthEndpointsTests(GovDataWebApplicationFactory factory)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_AnswersAnonymously_Healthy(string path)
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_WithRedisDown_IsDegraded_ThenWithTheDatabaseGone_Unhealthy503_WithoutDetails()
    {
        // Its own app (own data folder): the database is broken on purpose below.
        await using var own = new GovDataWebApplicationFactory();
        await using var app = own.WithWebHostBuilder(b => b.UseSetting("Redis:Configuration", NodeTestServers.UnreachableRedis));
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var degraded = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, degraded.StatusCode);
        Assert.Equal("Degraded", await degraded.Content.ReadAsStringAsync());

        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE WorkflowInstances RENAME TO WorkflowInstancesGone");
        }

        var unhealthy = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        Assert.Equal("Unhealthy", await unhealthy.Content.ReadAsStringAsync());

        var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
