using GovData.Domain.Resources;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Workflows.Sharing;

/// <summary>One seeded SQLite database with the runtime and the sharing use cases; the clock stands on 30 Sep 2025.</summary>
public class SharingFixture : SeededServicesFixture
{
    protected override DateTime ChinaStart => new(2025, 9, 30, 10, 0, 0);

    protected override void AddServices(IServiceCollection services)
    {
        services.AddGovDataSharing();
    }

    public async Task<(int ResourceId, List<int> ItemIds)> ResourceAsync(string code)
    {
        await using var db = Database.CreateDbContext();
        var id = await db.DataResources.Where(r => r.Code == ResourceCode.Parse(code)).Select(r => r.Id).SingleAsync();
        var items = await db.DataItems.Where(i => i.DataResourceId == id).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
        return (id, items);
    }

    /// <summary>requester.<paramref name="department"/> asks for the first two items of <paramref name="code"/>.</summary>
    public async Task<SharingResult> SubmitAsync(string code, string department = "rs")
    {
        var (resourceId, items) = await ResourceAsync(code);
        var requester = await UserAsync($"requester.{department}@govdata.local");
        return await Get<SubmitShareRequest>().ExecuteAsync(
            requester,
            new SubmitShareRequestCommand(resourceId, "核验参保人员身份", "《社会保险法》规定的参保登记职责", [items[0], items[1], items[2]],
                new DateOnly(2025, 10, 9), new DateOnly(2026, 10, 8)));
    }
}

/// <summary>The same fixture on PostgreSQL (decision 0030).</summary>
public sealed class PostgreSqlSharingFixture : SharingFixture
{
    public override TestProvider Provider => TestProvider.PostgreSql;
}
