using GovData.Domain.Catalog;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.Catalog;
using GovData.Workflows.Catalog.Excel;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Catalog;

/// <summary>
/// New catalog entries on PostgreSQL go by binary COPY with ids reserved from the identity sequences (decision 0035):
/// the rows read back exactly as the prepared single-row inserts write them, and a transaction that fails after the
/// COPY keeps nothing of it (the unit of work retries, and every entry exists once).
/// </summary>
public sealed class ImportCatalogBinaryCopyOnPostgreSqlTests(PostgreSqlCatalogReviewFixture fixture) : IClassFixture<PostgreSqlCatalogReviewFixture>
{
    private const string GaManager = "catalog.ga@govdata.local";

    [Fact]
    public async Task Commit_ByBinaryCopy_WritesWhatThePreparedInsertsWrite()
    {
        var copied = TwoItems(TestCatalog.Content("3.09.001/GA-9601", "二进制复制导入"));
        var inserted = TwoItems(TestCatalog.Content("3.09.001/GA-9602", "逐行插入导入"));

        var byCopy = await ImportAsync("copy.xlsx", binaryCopy: true, copied);
        var byInsert = await ImportAsync("insert.xlsx", binaryCopy: false, inserted);

        Assert.Equal(ImportOutcome.Committed, byCopy.Outcome);
        Assert.Equal(ImportOutcome.Committed, byInsert.Outcome);
        var copyShape = await WrittenAsync("3.09.001/GA-9601");
        var insertShape = await WrittenAsync("3.09.001/GA-9602");
        Assert.Equal(("二进制复制导入", 2), (copyShape.Name, copyShape.Items));
        Assert.Equal(insertShape with { Code = string.Empty, Name = string.Empty, Id = 0, DraftId = 0 }, copyShape with { Code = string.Empty, Name = string.Empty, Id = 0, DraftId = 0 });
        Assert.Equal([copyShape.Id], byCopy.ImportedResourceIds);
    }

    [Fact]
    public async Task Commit_ByBinaryCopy_WhoseFirstCommitFails_IsWrittenOnce()
    {
        var entries = Enumerable.Range(1, 3).Select(i => TestCatalog.Content($"3.09.001/GA-97{i:00}", $"重试导入{i}")).ToArray();
        var failedBefore = fixture.Database.Failures.FailedCommits;
        fixture.Database.Failures.FailNextCommits(1);

        var result = await ImportAsync("retried.xlsx", binaryCopy: true, entries);

        Assert.Equal(failedBefore + 1, fixture.Database.Failures.FailedCommits);
        Assert.Equal(ImportOutcome.Committed, result.Outcome);
        await using var db = fixture.Database.CreateDbContext();
        var codes = entries.Select(e => ResourceCode.Parse(e.Code)).ToList();
        var ids = await db.DataResources.Where(r => codes.Contains(r.Code)).Select(r => r.Id).ToListAsync();
        Assert.Equal(3, ids.Count);
        Assert.Equal(ids.Order(), result.ImportedResourceIds.Order());
        Assert.Equal(3, await db.DataItems.CountAsync(i => ids.Contains(i.DataResourceId)));
        Assert.Equal(3, await db.CatalogDrafts.CountAsync(d => ids.Contains(d.DataResourceId)));
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(DataResource) && a.Summary!.Contains("retried.xlsx")));
    }

    private static CatalogEntryContent TwoItems(CatalogEntryContent content) =>
        content with { Items = [content.Items[0], content.Items[0] with { Name = "代码", EnglishName = "Code", Length = 18 }] };

    private async Task<Shape> WrittenAsync(string code)
    {
        await using var db = fixture.Database.CreateDbContext();
        var entry = await db.DataResources.Include(r => r.Items).AsNoTracking().SingleAsync(r => r.Code == ResourceCode.Parse(code));
        var draft = await db.CatalogDrafts.AsNoTracking().SingleAsync(d => d.DataResourceId == entry.Id);
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == nameof(DataResource) && a.EntityKey == entry.Id.ToString());
        Assert.Contains($"\"DraftId\":{draft.Id}", audit.Summary, StringComparison.Ordinal);
        var content = draft.Content();
        return new Shape(
            code, content.Name, entry.Id, draft.Id, entry.Status, entry.CurrentVersion, entry.ProviderDepartmentId, entry.Items.Count,
            draft.Status, draft.BaseVersion, draft.OpenForResourceId == entry.Id, CatalogContentJson.Write(content with { Code = string.Empty, Name = string.Empty }),
            CatalogContentJson.Write(entry.ToContent() with { Code = string.Empty, Name = string.Empty }), audit.Action);
    }

    private async Task<CatalogImportResult> ImportAsync(string fileName, bool binaryCopy, params CatalogEntryContent[] entries)
    {
        var limits = new CatalogWorkbookLimits();
        var import = new ImportCatalog(fixture.Database.UnitOfWork(fixture.Time), new CatalogWorkbookReader(limits), limits, fixture.Time)
        {
            UseBinaryCopy = binaryCopy,
        };
        using var file = new MemoryStream(ImportWorkbooks.Of(entries));
        return await import.ExecuteAsync(await fixture.UserAsync(GaManager), new ImportCatalogCommand(file, fileName, DryRun: false));
    }

    private sealed record Shape(
        string Code, string Name, int Id, int DraftId, CatalogStatus Status, int Version, int Department, int Items, CatalogDraftStatus DraftStatus,
        int BaseVersion, bool DraftOpen, string DraftContent, string EntryContent, string Action);
}
