using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.Integration;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.OpenData;

/// <summary>What the open-data HTTP tests need from the real app: its use cases, demo users, entry ids and API keys.</summary>
internal static class OpenDataWebHelpers
{
    public static T Get<T>(this GovDataWebApplicationFactory factory)
        where T : notnull => factory.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public static async Task<UserContext> UserAsync(this GovDataWebApplicationFactory factory, string email)
    {
        await using var db = await factory.Get<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync();
        return new UserContext(user.Id, user.DisplayName, user.DepartmentId, false, roles.ToHashSet(StringComparer.Ordinal));
    }

    public static async Task<int> EntryIdAsync(this GovDataWebApplicationFactory factory, string code)
    {
        await using var db = await factory.Get<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync();
        return await db.DataResources.Where(r => r.Code == ResourceCode.Parse(code)).Select(r => r.Id).SingleAsync();
    }

    public static async Task<int> ReleaseCountAsync(this GovDataWebApplicationFactory factory, int entryId)
    {
        await using var db = await factory.Get<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync();
        return await db.DatasetReleases.CountAsync(r => r.DataResourceId == entryId);
    }

    /// <summary>A client with a new API key of the catalog manager's department.</summary>
    public static async Task<HttpClient> ApiClientAsync(this GovDataWebApplicationFactory factory, string catalogManager, string? language = null)
    {
        var result = await factory.Get<CreateApiKey>().ExecuteAsync(await factory.UserAsync(catalogManager), new CreateApiKeyCommand("数据集上传"));
        Assert.True(result.Succeeded, result.Outcome.ErrorKey);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", result.Key!.PlaintextKey);
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }
}
