using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.Catalog;
using GovData.Workflows.Catalog.Excel;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Catalog;

/// <summary>
/// <see cref="ImportCatalog"/> on the seeded demo city as GA's CatalogManager (GA's demo entries are published). Every
/// test uses its own codes and file name, so the shared database does not couple them.
/// </summary>
public abstract class ImportCatalogTestsCases(CatalogReviewFixture fixture)
{
    private const string GaManager = "catalog.ga@govdata.local";

    [Fact]
    public async Task DryRun_CountsCreateUpdateUnchanged_AndWritesNothingButTheRecord()
    {
        // An entry no other case of this class touches (the cases share the fixture and run in any order).
        var unchanged = (await fixture.ResourceAsync("1.04.001/GA-0002")).ToContent();
        var revised = (await fixture.ResourceAsync("3.01.002/GA-0004")).ToContent() with { Summary = "修订后的摘要。" };
        var created = TestCatalog.Content("3.09.001/GA-9101", "导入新建的资源");

        var result = await ImportAsync(GaManager, "preview.xlsx", dryRun: true, unchanged, revised, created);

        Assert.Empty(result.Errors);
        Assert.Equal(new ImportCounts(1, 1, 1, 0), result.Counts);
        Assert.Equal(ImportOutcome.DryRun, result.Outcome);
        Assert.Equal(
            [ImportEntryStatus.Unchanged, ImportEntryStatus.Update, ImportEntryStatus.Create],
            result.Entries.Select(e => e.Status).ToList());
        await using var db = fixture.Database.CreateDbContext();
        Assert.False(await db.DataResources.AnyAsync(r => r.Code == ResourceCode.Parse("3.09.001/GA-9101")));
        Assert.NotEqual("修订后的摘要。", (await fixture.ResourceAsync("3.01.002/GA-0004")).Summary);
        var record = await db.ImportRecords.SingleAsync(r => r.Id == result.RecordId);
        Assert.Equal((ImportOutcome.DryRun, 1, 1, 1, 0, "preview.xlsx"), (record.Outcome, record.Created, record.Updated, record.Unchanged, record.Errors, record.FileName));
        Assert.Equal(64, record.FileSha256.Length);
        Assert.Null(record.ApiKeyId);
        Assert.Equal((await fixture.UserAsync(GaManager)).UserId, record.UserId);
    }

    [Fact]
    public async Task Commit_OneRestrictiveRowWithoutBasis_WritesNothing_ErrorAtTheLegalBasisCell()
    {
        var good = TestCatalog.Content("3.09.001/GA-9201", "正确的资源");
        var bad = TestCatalog.Content("3.09.001/GA-9202", "缺少依据的资源", ShareType.Conditional, OpenType.NotOpen) with { LegalBasis = null };

        var result = await ImportAsync(GaManager, "one-bad-row.xlsx", dryRun: false, good, bad);

        Assert.Equal(ImportOutcome.Refused, result.Outcome);
        var error = Assert.Single(result.Errors, e => e.Key == CatalogErrors.LegalBasisRequired);
        Assert.Equal((CatalogSheets.Resources, 3, ColumnOf(nameof(ResourceRow.LegalBasis))), (error.Sheet, error.Row, error.Column));
        Assert.Equal(ImportEntryStatus.Error, result.Entries.Single(e => e.Code == "3.09.001/GA-9202").Status);
        await using var db = fixture.Database.CreateDbContext();
        Assert.False(await db.DataResources.AnyAsync(r => r.Code == ResourceCode.Parse("3.09.001/GA-9201")));
        Assert.Equal(ImportOutcome.Refused, (await db.ImportRecords.SingleAsync(r => r.Id == result.RecordId)).Outcome);
    }

    [Fact]
    public async Task AnotherDepartmentsCode_IsAnErrorRowNamingTheDepartment()
    {
        var wj = (await fixture.ResourceAsync("2.01.001/WJ-0001")).ToContent() with { ProviderCode = "GA" };

        var result = await ImportAsync(GaManager, "other-department.xlsx", dryRun: true, wj);

        var error = Assert.Single(result.Errors, e => e.Key == ImportCatalog.CodeOfOtherDepartment);
        Assert.Equal(["2.01.001/WJ-0001", "市卫生健康委员会"], error.Arguments);
        Assert.Equal((CatalogSheets.Resources, 2, ColumnOf(nameof(ResourceRow.Code))), (error.Sheet, error.Row, error.Column));
        Assert.Equal(ImportEntryStatus.Error, Assert.Single(result.Entries).Status);
    }

    [Fact]
    public async Task ProviderCodeOfAnotherDepartment_IsRefusedAtTheProviderCell()
    {
        var result = await ImportAsync(GaManager, "provider.xlsx", dryRun: true, TestCatalog.Content("3.09.001/RS-9301"));

        var error = Assert.Single(result.Errors, e => e.Key == CatalogErrors.ProviderCodeNotOwn);
        Assert.Equal(ColumnOf(nameof(ResourceRow.ProviderCode)), error.Column);
    }

    [Fact]
    public async Task Commit_CreatesDraftEntries_RevisesPublishedOnesInDrafts_AndSubmitSendsThemToReview()
    {
        var created = TestCatalog.Content("3.09.001/GA-9401", "导入新建并提交");
        var live = await fixture.ResourceAsync("3.01.001/GA-0003");
        var revised = live.ToContent() with { Name = "机动车登记信息（导入修订）" };

        var result = await ImportAsync(GaManager, "commit.xlsx", dryRun: false, created, revised);

        Assert.Equal(ImportOutcome.Committed, result.Outcome);
        Assert.Equal(new ImportCounts(1, 1, 0, 0), result.Counts);
        Assert.Equal(2, result.ImportedResourceIds.Count);
        await using (var db = fixture.Database.CreateDbContext())
        {
            var entry = await db.DataResources.Include(r => r.Items).SingleAsync(r => r.Code == ResourceCode.Parse("3.09.001/GA-9401"));
            Assert.Equal(CatalogStatus.Draft, entry.Status);
            Assert.Single(entry.Items);
            var draft = await db.CatalogDrafts.SingleAsync(d => d.OpenForResourceId == entry.Id);
            Assert.Equal("导入新建并提交", draft.Content().Name);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(DataResource) && a.EntityKey == entry.Id.ToString()));
            var revision = await db.CatalogDrafts.SingleAsync(d => d.OpenForResourceId == live.Id);
            Assert.Equal((live.CurrentVersion, "机动车登记信息（导入修订）"), (revision.BaseVersion, revision.Content().Name));
            Assert.Equal("机动车登记信息", (await fixture.ResourceAsync("3.01.001/GA-0003")).Name);
            Assert.Equal(ImportOutcome.Committed, (await db.ImportRecords.SingleAsync(r => r.Id == result.RecordId)).Outcome);
        }

        var submitted = await new SubmitImportedDrafts(fixture.Get<SubmitCatalogDraft>()).ExecuteAsync(await fixture.UserAsync(GaManager), result.Entries);

        Assert.Equal(2, submitted.Count);
        Assert.All(submitted, s => Assert.True(s.Result.Succeeded, s.Result.ErrorKey));
        await using var after = fixture.Database.CreateDbContext();
        Assert.Equal(2, await after.CatalogDrafts.CountAsync(d => result.ImportedResourceIds.Contains(d.DataResourceId) && d.Status == CatalogDraftStatus.Submitted));

        var again = await ImportAsync(GaManager, "in-review.xlsx", dryRun: true, created with { Summary = "审核中再改" });
        Assert.Equal(CatalogErrors.DraftInReview, Assert.Single(again.Errors).Key);
    }

    [Fact]
    public async Task ExportedDemoCatalog_ImportsBackWithoutErrors_AllUnchanged()
    {
        var export = new ExportCatalog(fixture.Database, new CatalogWorkbookWriter(), fixture.Time);
        using var file = new MemoryStream();
        var user = await fixture.UserAsync("catalog.wj@govdata.local");
        Assert.True((await export.ExecuteAsync(user, CatalogExportScope.Department, file)).Succeeded);
        file.Position = 0;

        var result = await Importer().ExecuteAsync(user, new ImportCatalogCommand(file, "roundtrip.xlsx", DryRun: true));

        Assert.Empty(result.Errors);
        Assert.NotEmpty(result.Entries);
        Assert.All(result.Entries, e => Assert.Equal(ImportEntryStatus.Unchanged, e.Status));
    }

    [Fact]
    public async Task ExportedDemoCatalog_ResavedByAnotherProgram_ImportsAllUnchanged()
    {
        // LibreOffice, WPS and SheetJS write 4200 for our 4200.0: the same value, so no entry may become an "update".
        var export = new ExportCatalog(fixture.Database, new CatalogWorkbookWriter(), fixture.Time);
        using var file = new MemoryStream();
        var user = await fixture.UserAsync("catalog.zrzy@govdata.local");
        Assert.True((await export.ExecuteAsync(user, CatalogExportScope.Department, file)).Succeeded);
        var resaved = Resave(file.ToArray(), out var changedNumbers);
        Assert.True(changedNumbers > 0, "the export has no number with a trailing .0 to rewrite");

        var result = await Importer().ExecuteAsync(user, new ImportCatalogCommand(new MemoryStream(resaved), "resaved.xlsx", DryRun: true));

        Assert.Empty(result.Errors);
        Assert.All(result.Entries, e => Assert.Equal(ImportEntryStatus.Unchanged, e.Status));
    }

    [Fact]
    public async Task AnotherDepartmentsUnpublishedDraftCode_AnswersLikeAnUnusedCode()
    {
        await using var db = fixture.Database.CreateDbContext();
        var ga = (await db.Departments.SingleAsync(d => d.Code == "GA")).Id;
        var draft = await db.DataResources.Include(r => r.Items).AsNoTracking()
            .FirstAsync(r => r.Status == CatalogStatus.Draft && r.ProviderDepartmentId != ga);
        var taken = draft.ToContent();
        var unusedCode = taken.Code[..^4] + "9999";
        Assert.False(await db.DataResources.AnyAsync(r => r.Code == ResourceCode.Parse(unusedCode)));
        var unused = taken with { Code = unusedCode, Items = [.. taken.Items] };

        var takenResult = await ImportAsync(GaManager, "taken.xlsx", dryRun: true, taken);
        var unusedResult = await ImportAsync(GaManager, "unused.xlsx", dryRun: true, unused);

        Assert.NotEmpty(takenResult.Errors);
        Assert.Equal(Shape(unusedResult), Shape(takenResult));
        var department = await db.Departments.Where(d => d.Id == draft.ProviderDepartmentId).Select(d => d.Name).SingleAsync();
        Assert.DoesNotContain(takenResult.Errors.SelectMany(e => e.Arguments), a => a.Contains(department, StringComparison.Ordinal));

        static List<(string, string?, int?, string?, int)> Shape(CatalogImportResult r) =>
            [.. r.Errors.Select(e => (e.Key, e.Sheet, e.Row, e.Column, e.Arguments.Count))];
    }

    [Fact]
    public async Task NotACatalogManager_IsRefused_AndNothingIsRecorded()
    {
        var result = await ImportAsync("requester.rs@govdata.local", "refused.xlsx", dryRun: true, TestCatalog.Content("3.09.001/RS-9501"));

        Assert.Equal(CatalogErrors.NotAllowed, result.RefusalKey);
        await using var db = fixture.Database.CreateDbContext();
        Assert.False(await db.ImportRecords.AnyAsync(r => r.FileName == "refused.xlsx"));
    }

    private ImportCatalog Importer()
    {
        var limits = new CatalogWorkbookLimits();
        return new ImportCatalog(fixture.Database.UnitOfWork(fixture.Time), new CatalogWorkbookReader(limits), limits, fixture.Time);
    }

    private async Task<CatalogImportResult> ImportAsync(string email, string fileName, bool dryRun, params CatalogEntryContent[] entries)
    {
        using var file = new MemoryStream(ImportWorkbooks.Of(entries));
        return await Importer().ExecuteAsync(await fixture.UserAsync(email), new ImportCatalogCommand(file, fileName, dryRun));
    }

    private static string ColumnOf(string field) =>
        CatalogSheets.ColumnLetter(CatalogSheets.ResourceColumns.Select(c => c.Field).ToList().IndexOf(field) + 1);

    /// <summary>The export as another program saves it: numbers without a trailing .0, relationship targets absolute.</summary>
    private static byte[] Resave(byte[] export, out int changedNumbers)
    {
        var changed = 0;
        using var source = new System.IO.Compression.ZipArchive(new MemoryStream(export), System.IO.Compression.ZipArchiveMode.Read);
        using var target = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(target, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                text = System.Text.RegularExpressions.Regex.Replace(text, @"<(?<p>\w+:)?v>(?<n>-?\d+)\.0+</(\w+:)?v>", m =>
                {
                    changed++;
                    return $"<{m.Groups["p"].Value}v>{m.Groups["n"].Value}</{m.Groups["p"].Value}v>";
                });
                using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open());
                writer.Write(text);
            }
        }

        changedNumbers = changed;
        return target.ToArray();
    }
}

/// <summary>The cases above on SQLite.</summary>
public sealed class ImportCatalogTests(CatalogReviewFixture fixture) : ImportCatalogTestsCases(fixture), IClassFixture<CatalogReviewFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class ImportCatalogTestsOnPostgreSql(PostgreSqlCatalogReviewFixture fixture) : ImportCatalogTestsCases(fixture), IClassFixture<PostgreSqlCatalogReviewFixture>;
