using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.Catalog;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Workflows.Catalog;

/// <summary>One seeded SQLite database with the runtime and the catalog use cases; the clock stands on 12 Jan 2026.</summary>
public sealed class CatalogReviewFixture : SeededServicesFixture
{
    protected override DateTime ChinaStart => new(2026, 1, 12, 10, 0, 0);

    protected override void AddServices(IServiceCollection services)
    {
        services.AddGovDataSharing();
        services.AddGovDataCatalog();
    }

    public async Task<DataResource> ResourceAsync(string code)
    {
        await using var db = Database.CreateDbContext();
        return await db.DataResources.AsNoTracking().Include(r => r.Items).SingleAsync(r => r.Code == ResourceCode.Parse(code));
    }
}
