using System.Text;
using GovData.Workflows.OpenData.Datasets;
using GovData.Workflows.OpenData.Portal;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.OpenData;

/// <summary>
/// The harvesters' filter and order of the open catalog search (CKAN's fq and sort, decision 0038), in SQL, against
/// the same rule applied in memory to the published entries: metadata_modified is the current release's upload
/// time, else midnight of the last data update, else of the release date.
/// </summary>
public abstract class SearchOpenCatalogFilterTestsCases(DatasetFixture fixture)
{
    [Fact]
    public async Task ModifiedRange_MatchesTheRuleAppliedInMemory_AtEveryBoundary()
    {
        var entries = await EntriesWithAReleaseAsync();
        var modified = entries.ToDictionary(e => e.Id, Modified);
        // Bounds in microseconds, as CKAN writes its timestamps (PostgreSQL keeps no finer time).
        var bounds = modified.Values.OfType<DateTime>().Distinct()
            .SelectMany(m => new[] { m, m.AddMicroseconds(1), m.AddMicroseconds(-1), m.Date.AddHours(12) }).ToList();
        Assert.Contains(entries, e => e.ReleasedAtUtc is not null);
        Assert.Contains(entries, e => e.ReleasedAtUtc is null && Modified(e) is not null);

        var search = new SearchOpenCatalog(fixture.Database);
        foreach (var bound in bounds)
        {
            var since = await search.ExecuteAsync(new OpenCatalogSearch(Rows: 1000, Filter: new OpenCatalogFilter(ModifiedFromUtc: bound)));
            var until = await search.ExecuteAsync(new OpenCatalogSearch(Rows: 1000, Filter: new OpenCatalogFilter(ModifiedToUtc: bound)));

            Assert.Equal(modified.Where(m => m.Value >= bound).Select(m => m.Key).Order(), since.Entries.Select(e => e.Id).Order());
            Assert.Equal(modified.Where(m => m.Value <= bound).Select(m => m.Key).Order(), until.Entries.Select(e => e.Id).Order());
        }
    }

    [Fact]
    public async Task OrderByModified_IsTheRulesOrder_UndatedLast_AndPagesFollowIt()
    {
        var entries = await EntriesWithAReleaseAsync();
        var expected = entries.Where(e => Modified(e) is not null).OrderByDescending(Modified).ThenBy(e => e.Code, StringComparer.Ordinal)
            .Concat(entries.Where(e => Modified(e) is null).OrderBy(e => e.Code, StringComparer.Ordinal)).Select(e => e.Id).ToList();
        var search = new SearchOpenCatalog(fixture.Database);

        var all = await search.ExecuteAsync(new OpenCatalogSearch(Rows: 1000, Order: OpenCatalogOrder.Modified, Descending: true));
        var page = await search.ExecuteAsync(new OpenCatalogSearch(Start: 2, Rows: 3, Order: OpenCatalogOrder.Modified, Descending: true));

        Assert.Equal(expected, all.Entries.Select(e => e.Id));
        Assert.Equal(expected.Skip(2).Take(3), page.Entries.Select(e => e.Id));
        Assert.Equal(expected.Count, page.Count);
    }

    [Fact]
    public async Task Departments_IncludedOrExcluded_ByCodeInAnyCase()
    {
        var entries = await EntriesWithAReleaseAsync();
        var search = new SearchOpenCatalog(fixture.Database);

        var jtOrGa = await search.ExecuteAsync(new OpenCatalogSearch(Rows: 1000, Filter: new OpenCatalogFilter(Departments: ["jt", "GA"])));
        var notJt = await search.ExecuteAsync(new OpenCatalogSearch(Rows: 1000, Filter: new OpenCatalogFilter(ExcludedDepartments: ["jt"])));
        var nothing = await search.ExecuteAsync(new OpenCatalogSearch(Rows: 1000, Filter: new OpenCatalogFilter(MatchesNothing: true)));

        Assert.Equal(entries.Where(e => e.ProviderCode is "JT" or "GA").Select(e => e.Id).Order(), jtOrGa.Entries.Select(e => e.Id).Order());
        Assert.Equal(entries.Where(e => e.ProviderCode != "JT").Select(e => e.Id).Order(), notJt.Entries.Select(e => e.Id).Order());
        Assert.Equal(0, nothing.Count);
    }

    private static DateTime? Modified(OpenEntrySummary entry) =>
        entry.ReleasedAtUtc ?? entry.LastDataUpdate?.ToDateTime(TimeOnly.MinValue) ?? entry.ReleaseDate?.ToDateTime(TimeOnly.MinValue);

    private async Task<List<OpenEntrySummary>> EntriesWithAReleaseAsync()
    {
        var id = await fixture.ResourceIdAsync("3.04.002/JT-0002");
        if (await fixture.ReleaseCountAsync(id) == 0)
        {
            var csv = "经营者名称,许可证号,经营范围,有效期至\r\n平安客运,JT001,班车客运,2027-01-05\r\n";
            using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
            var result = await fixture.Upload.ExecuteAsync(await fixture.Database.UserAsync("catalog.jt@govdata.local"), new UploadDatasetCommand(id, content, "permits.csv"));
            Assert.True(result.Succeeded, string.Join(";", result.Errors.Select(e => e.Key)));
        }

        await using var db = fixture.Database.CreateDbContext();
        return await OpenCatalogQuery.Summaries(db, OpenCatalogQuery.Published(db).AsNoTracking()).ToListAsync();
    }
}

public sealed class SearchOpenCatalogFilterTests(DatasetFixture fixture) : SearchOpenCatalogFilterTestsCases(fixture), IClassFixture<DatasetFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class SearchOpenCatalogFilterTestsOnPostgreSql(PostgreSqlDatasetFixture fixture) : SearchOpenCatalogFilterTestsCases(fixture), IClassFixture<PostgreSqlDatasetFixture>;
