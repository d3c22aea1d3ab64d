using System.Text;
using GovData.Domain.Departments;
using GovData.Workflows.OpenData.Datasets;
using GovData.Workflows.OpenData.Portal;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.OpenData;

/// <summary>
/// The DCAT page's own lean query (decision 0037) against the portal's projection it replaced: page by page, every
/// published entry once, in id order, with the same fields, publisher and downloadability.
/// </summary>
public abstract class ListDcatDatasetsTestsCases(DatasetFixture fixture)
{
    [Fact]
    public async Task Pages_ListEveryPublishedEntryOnce_WithThePortalsFields()
    {
        await UploadPermitsAsync();
        var list = new ListDcatDatasets(fixture.Database);
        var read = new List<(DcatDataset Entry, DcatPublisher Publisher)>();
        int? after = 0;
        var pages = 0;
        var total = -1;
        while (after is { } cursor)
        {
            await using var page = await list.OpenAsync(cursor, 3, countTotal: cursor == 0);
            if (cursor == 0)
            {
                total = page.TotalItems;
            }

            var count = 0;
            await foreach (var entry in page.ReadAsync())
            {
                read.Add((entry, await page.ProviderAsync(entry.ProviderDepartmentId)));
                count++;
            }

            Assert.InRange(count, 1, 3);
            after = page.NextAfter;
            Assert.True(after is null || after == read[^1].Entry.Id);
            pages++;
        }

        await using var db = fixture.Database.CreateDbContext();
        var expected = await OpenCatalogQuery.Summaries(db, OpenCatalogQuery.Published(db).AsNoTracking().OrderBy(r => r.Id)).ToListAsync();
        Assert.Equal(expected.Count, total);
        Assert.Equal((expected.Count + 2) / 3, pages);
        Assert.Equal(expected.Select(e => e.Id), read.Select(r => r.Entry.Id));
        foreach (var (summary, (entry, publisher)) in expected.Zip(read))
        {
            Assert.Equal(
                (summary.Code, summary.Name, summary.Summary, summary.ProviderCode, summary.ProviderName, summary.OpenType, summary.Theme, summary.PriorityDomain),
                (entry.Code, entry.Name, entry.Summary, publisher.Code, publisher.Name, entry.OpenType, entry.Theme, entry.PriorityDomain));
            Assert.Equal(
                (summary.CatalogClass, summary.UpdateCycle, summary.LastDataUpdate, summary.ReleaseDate, summary.LegalBasis, summary.HasData),
                (entry.CatalogClass, entry.UpdateCycle, entry.LastDataUpdate, entry.ReleaseDate, entry.LegalBasis, entry.HasData));
        }

        Assert.Contains(read, r => r.Entry.HasData);
        Assert.Contains(read, r => r.Entry.LegalBasis is not null);
    }

    [Fact]
    public async Task APublisherCreatedAfterThePageWasOpened_IsReadOnItsOwn()
    {
        await using var page = await new ListDcatDatasets(fixture.Database).OpenAsync(0, 2, countTotal: false);
        var department = new Department("XJ" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(), "新设部门", DepartmentLevel.Municipal, DepartmentKind.Government);
        await using (var db = fixture.Database.WriteContext())
        {
            db.Departments.Add(department);
            await db.SaveChangesAsync();
        }

        await foreach (var entry in page.ReadAsync())
        {
            Assert.False(string.IsNullOrEmpty((await page.ProviderAsync(entry.ProviderDepartmentId)).Name));
        }

        Assert.Equal(new DcatPublisher(department.Code, "新设部门"), await page.ProviderAsync(department.Id));
    }

    private async Task UploadPermitsAsync()
    {
        var id = await fixture.ResourceIdAsync("3.04.002/JT-0002");
        if (await fixture.ReleaseCountAsync(id) > 0)
        {
            return;
        }

        var csv = "经营者名称,许可证号,经营范围,有效期至\r\n平安客运,JT001,班车客运,2027-01-05\r\n";
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var result = await fixture.Upload.ExecuteAsync(await fixture.Database.UserAsync("catalog.jt@govdata.local"), new UploadDatasetCommand(id, content, "permits.csv"));
        Assert.True(result.Succeeded, string.Join(";", result.Errors.Select(e => e.Key)));
    }
}

public sealed class ListDcatDatasetsTests(DatasetFixture fixture) : ListDcatDatasetsTestsCases(fixture), IClassFixture<DatasetFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class ListDcatDatasetsTestsOnPostgreSql(PostgreSqlDatasetFixture fixture) : ListDcatDatasetsTestsCases(fixture), IClassFixture<PostgreSqlDatasetFixture>;
