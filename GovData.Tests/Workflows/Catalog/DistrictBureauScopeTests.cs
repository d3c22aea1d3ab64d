using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.Catalog;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Catalog;

/// <summary>
/// Art. 5: a district bureau supervises its district. Its officer sees the district departments' unpublished entries
/// and drafts, and of the municipal departments only the published catalog; the municipal bureau sees everything.
/// The demo fixture plus a district department under 高新区大数据管理局 with a draft.
/// </summary>
public sealed class DistrictBureauScopeTests(DemoCatalogFixture fixture) : IClassFixture<DemoCatalogFixture>, IAsyncLifetime
{
    private const string DistrictDraft = "3.09.001/GXQJF-0001";
    private const string MunicipalDraft = "3.09.001/RS-9001";

    public async Task InitializeAsync()
    {
        await using var db = fixture.Database.WriteContext();
        if (await db.Departments.AnyAsync(d => d.Code == "GXQJF"))
        {
            return;
        }

        var bureau = await db.Departments.SingleAsync(d => d.Code == "GXQSJJ");
        var district = new Department("GXQJF", "高新区经济发展局", DepartmentLevel.District, DepartmentKind.Government, bureau.Id);
        db.Departments.Add(district);
        await db.SaveChangesAsync();
        await TestCatalog.AddAsync(db, TestCatalog.Content(DistrictDraft, "园区企业用能（草稿）") with { ProviderCode = "GXQJF" }, district.Id, CatalogStatus.Draft);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DistrictBureau_SeesItsDistrictsDrafts_AndOnlyThePublishedCatalogOfTheCity()
    {
        var user = await fixture.UserAsync("bureau.gxq@govdata.local");
        Assert.False(user.SeesAllDepartments);
        Assert.True(user.IsDistrictBureauOfficer);

        var rows = await AllVisibleAsync(user);

        var codes = rows.Select(r => r.Code).ToHashSet();
        Assert.Contains(DistrictDraft, codes);
        Assert.DoesNotContain(MunicipalDraft, codes);
        Assert.DoesNotContain("3.09.001/GA-9001", codes);
        Assert.All(rows.Where(r => r.Code != DistrictDraft), r => Assert.Equal(CatalogStatus.Published, r.Status));
        Assert.Equal(DemoCatalogFixture.DemoPublished + 1, rows.Count);
    }

    [Fact]
    public async Task MunicipalBureau_KeepsTheCityWideView()
    {
        var user = await fixture.UserAsync("bureau@govdata.local");

        var codes = (await AllVisibleAsync(user)).Select(r => r.Code).ToHashSet();

        Assert.True(user.SeesAllDepartments);
        Assert.Contains(DistrictDraft, codes);
        Assert.Contains(MunicipalDraft, codes);
        Assert.Equal(DemoCatalogFixture.Total + 1, codes.Count);
    }

    [Fact]
    public async Task DistrictBureau_OpensItsDistrictsDraft_NotAMunicipalOne()
    {
        var user = await fixture.UserAsync("bureau.gxq@govdata.local");
        var get = new GetDataResource(fixture.Database, TimeProvider.System);
        await using var db = fixture.Database.CreateDbContext();
        var district = await db.DataResources.SingleAsync(r => r.Code == ResourceCode.Parse(DistrictDraft));
        var municipal = await db.DataResources.SingleAsync(r => r.Code == ResourceCode.Parse(MunicipalDraft));

        Assert.NotNull(await get.ExecuteAsync(district.Id, user));
        Assert.Null(await get.ExecuteAsync(municipal.Id, user));
        Assert.True(CatalogAccess.CanSeeDrafts(user, district.ProviderDepartmentId));
        Assert.False(CatalogAccess.CanSeeDrafts(user, municipal.ProviderDepartmentId));
    }

    private async Task<IReadOnlyList<DataResourceRow>> AllVisibleAsync(UserContext user)
    {
        var page = await new ListDataResources(fixture.Database, TimeProvider.System)
            .ExecuteAsync(user, new DataResourceFilter(PageSize: DataResourceFilter.MaxPageSize));
        Assert.Equal(page.TotalCount, page.Rows.Count);
        return page.Rows;
    }
}
