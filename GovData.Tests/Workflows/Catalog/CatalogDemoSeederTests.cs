using GovData.Domain.Catalog;
using GovData.Workflows.Catalog;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Catalog;

/// <summary>Issue #14: the demo gives the bureau a review and catalog.ga a returned draft.</summary>
public sealed class CatalogDemoSeederTests(CatalogReviewFixture fixture) : IClassFixture<CatalogReviewFixture>
{
    [Fact]
    public async Task Seed_LeavesAReviewForTheBureau_AndAReturnedDraftForGa()
    {
        await fixture.Get<CatalogDemoSeeder>().SeedAsync();

        await using var db = fixture.Database.CreateDbContext();
        var drafts = await db.CatalogDrafts.Where(d => d.OpenForResourceId != null).ToListAsync();
        var violations = string.Join("; ", drafts.Select(d => $"{d.DataResourceId}:{d.Status}"));
        Assert.Contains(drafts, d => d.Status == CatalogDraftStatus.Submitted);
        Assert.True(drafts.Any(d => d.Status == CatalogDraftStatus.Returned), violations);
        var comments = await new ListCatalogDrafts(fixture.Database).ExecuteAsync(await fixture.UserAsync("catalog.ga@govdata.local"));
        Assert.Equal(CatalogDemoSeeder.ReturnComment, Assert.Single(comments, r => r.Status == CatalogDraftStatus.Returned).ReturnComment);
    }
}
