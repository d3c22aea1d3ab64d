using System.Net;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Web.Endpoints;
using GovData.Workflows.Catalog.Excel;
using GovData.Workflows.Integration;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Integration;

/// <summary>The xlsx export over the real app: who may download which catalog, and what the file holds.</summary>
public sealed class CatalogExportEndpointsTests(GovDataWebApplicationFactory factory) : IClassFixture<GovDataWebApplicationFactory>
{
    [Fact]
    public async Task ApiExport_WithoutAKey_Is401()
    {
        var response = await factory.CreateClient().GetAsync(CatalogExportEndpoints.ApiRoute + "?scope=department");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ApiExport_KeyOfGa_ExportsGaOnly()
    {
        var client = await ClientWithKeyAsync("catalog.ga@govdata.local");

        var response = await client.GetAsync(CatalogExportEndpoints.ApiRoute + "?scope=department");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CatalogExportEndpoints.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("政务数据资源目录-GA-", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        await using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var read = new CatalogWorkbookReader(new CatalogWorkbookLimits()).Read(file);
        Assert.NotEmpty(read.Resources);
        Assert.All(read.Resources, r => Assert.Equal("GA", r.ProviderCode));
    }

    [Fact]
    public async Task ApiExport_UnknownScope_Is400Problem()
    {
        var client = await ClientWithKeyAsync("catalog.ga@govdata.local");

        var response = await client.GetAsync(CatalogExportEndpoints.ApiRoute + "?scope=everything");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Export_Anonymous_IsSentToLogin()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(CatalogExportEndpoints.Route + "?scope=open");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<HttpClient> ClientWithKeyAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        await using var db = await services.GetRequiredService<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync();
        var context = new UserContext(user.Id, user.DisplayName, user.DepartmentId, false, roles.ToHashSet(StringComparer.Ordinal));
        var result = await services.GetRequiredService<CreateApiKey>().ExecuteAsync(context, new CreateApiKeyCommand("导出系统"));
        Assert.True(result.Succeeded, result.Outcome.ErrorKey);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", result.Key!.PlaintextKey);
        return client;
    }
}
