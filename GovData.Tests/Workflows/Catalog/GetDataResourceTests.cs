using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Catalog;

namespace GovData.Tests.Workflows.Catalog;

public abstract class GetDataResourceTestsCases(DemoCatalogFixture fixture)
{
    private GetDataResource UseCase => new(fixture.Database, TimeProvider.System);

    [Fact]
    public async Task OwnDepartment_GetsItsDraft()
    {
        var id = await fixture.ResourceIdAsync("3.09.001/GA-9001");
        var detail = await UseCase.ExecuteAsync(id, await fixture.UserAsync("catalog.ga@govdata.local"));

        Assert.NotNull(detail);
        Assert.Equal(CatalogStatus.Draft, detail.Status);
        Assert.Equal(ShareType.Conditional, detail.ShareType);
        Assert.Equal("市公安局", detail.ProviderName);
    }

    [Fact]
    public async Task OtherDepartment_GetsNotFound_ExactlyAsForAMissingId()
    {
        var draft = await fixture.ResourceIdAsync("3.09.001/GA-9001");
        var rs = await fixture.UserAsync("requester.rs@govdata.local");

        Assert.Null(await UseCase.ExecuteAsync(draft, rs));
        Assert.Null(await UseCase.ExecuteAsync(int.MaxValue, rs));
    }

    [Fact]
    public async Task OtherDepartment_GetsPublishedEntry()
    {
        var id = await fixture.ResourceIdAsync("1.01.001/GA-0001");
        var detail = await UseCase.ExecuteAsync(id, await fixture.UserAsync("requester.rs@govdata.local"));
        Assert.Equal("常住人口基本信息", detail?.Name);
    }

    [Fact]
    public async Task Bureau_GetsAnyDepartmentsDraft()
    {
        var id = await fixture.ResourceIdAsync("3.09.001/RS-9001");
        Assert.NotNull(await UseCase.ExecuteAsync(id, await fixture.UserAsync("bureau@govdata.local")));
    }

    [Fact]
    public async Task Public_GetsPublishedNotOpenEntryWithBasis_WithoutSharingClass_AndNoDrafts()
    {
        var applicant = await fixture.UserAsync("applicant@govdata.local");
        var published = await UseCase.ExecuteAsync(await fixture.ResourceIdAsync("1.01.001/GA-0001"), applicant);

        Assert.NotNull(published);
        Assert.Null(published.ShareType);
        Assert.Equal(OpenType.NotOpen, published.OpenType);
        Assert.Contains("居民身份证法", published.LegalBasis, StringComparison.Ordinal);
        Assert.Null(await UseCase.ExecuteAsync(await fixture.ResourceIdAsync("3.09.001/GA-9001"), applicant));
        Assert.Null(await UseCase.ExecuteAsync(await fixture.ResourceIdAsync("3.09.001/GA-9001"), UserContext.Anonymous));
    }
}

public sealed class GetDataResourceTests(DemoCatalogFixture fixture) : GetDataResourceTestsCases(fixture), IClassFixture<DemoCatalogFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class GetDataResourceTestsOnPostgreSql(PostgreSqlDemoCatalogFixture fixture) : GetDataResourceTestsCases(fixture), IClassFixture<PostgreSqlDemoCatalogFixture>;
