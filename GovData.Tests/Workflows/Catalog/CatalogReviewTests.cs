using GovData.Domain.Catalog;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.Catalog;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Catalog;

public abstract class CatalogReviewTestsCases(CatalogReviewFixture fixture)
{
    private const string CatalogGa = "catalog.ga@govdata.local";
    private const string Bureau = "bureau@govdata.local";

    [Fact]
    public async Task Revision_DoesNotChangeTheLiveEntry_UntilPublished_ThenMakesVersion2_AndKeepsItemIds()
    {
        var before = await fixture.ResourceAsync("3.01.002/GA-0004");
        var live = before.ToContent();
        var keptId = before.ActiveItems.Single(i => i.Name == "区县").Id;
        var droppedId = before.ActiveItems.Single(i => i.Name == "受伤人数").Id;
        var revised = live with
        {
            Name = "道路交通事故统计（月报）",
            Items = [.. live.Items.Where(i => i.Name != "受伤人数").Select(i => i.Name == "区县" ? i with { Length = 60 } : i),
                new CatalogItemContent { Name = "财产损失", EnglishName = "Property damage", DataType = DataItemType.Number }],
        };

        var saved = await fixture.Get<SaveCatalogDraft>().ExecuteAsync(await fixture.UserAsync(CatalogGa), new SaveCatalogDraftCommand(before.Id, revised));
        Assert.True(saved.Succeeded, saved.ErrorKey);
        var browse = await fixture.Get<BrowseSharingCatalog>().ExecuteAsync(await fixture.UserAsync("requester.rs@govdata.local"), new SharingCatalogFilter(Text: "道路交通事故"));
        Assert.Equal("道路交通事故统计", Assert.Single(browse.Rows).Name);
        Assert.Equal(1, (await fixture.ResourceAsync("3.01.002/GA-0004")).CurrentVersion);

        var submitted = await fixture.Get<SubmitCatalogDraft>().ExecuteAsync(await fixture.UserAsync(CatalogGa), before.Id);
        Assert.True(submitted.Succeeded, submitted.ErrorKey);
        var published = await FireAsync(submitted.InstanceId!.Value, CatalogReviewWorkflowV1.Publish, Bureau);
        Assert.True(published.Succeeded, published.MessageKey);

        var after = await fixture.ResourceAsync("3.01.002/GA-0004");
        Assert.Equal((CatalogStatus.Published, 2, "道路交通事故统计（月报）"), (after.Status, after.CurrentVersion, after.Name));
        Assert.Equal(keptId, after.ActiveItems.Single(i => i.Name == "区县").Id);
        Assert.Equal(60, after.ActiveItems.Single(i => i.Name == "区县").Length);
        Assert.True(after.Items.Single(i => i.Id == droppedId).IsRetired);
        Assert.Contains(after.ActiveItems, i => i.Name == "财产损失");
        var sharing = await fixture.Get<GetSharingResource>().ExecuteAsync(await fixture.UserAsync("requester.rs@govdata.local"), after.Id);
        Assert.DoesNotContain(sharing!.Items, i => i.Id == droppedId);
        Assert.Equal(after.ActiveItems.Count(), sharing.Resource.ItemCount);

        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal([1, 2], await db.CatalogVersions.Where(v => v.DataResourceId == after.Id).OrderBy(v => v.Number).Select(v => v.Number).ToListAsync());
        Assert.Null(await db.CatalogDrafts.SingleOrDefaultAsync(d => d.OpenForResourceId == after.Id));
    }

    [Fact]
    public async Task NewEntry_ReturnedWithComment_ThenResubmitted_ThenPublished()
    {
        var catalog = await fixture.UserAsync(CatalogGa);
        var content = TestCatalog.Content("3.05.001/GA-0101", "户籍迁移登记信息", ShareType.Conditional, OpenType.NotOpen);
        var saved = await fixture.Get<SaveCatalogDraft>().ExecuteAsync(catalog, new SaveCatalogDraftCommand(null, content));
        Assert.True(saved.Succeeded, saved.ErrorKey);
        var resourceId = saved.ResourceId!.Value;
        Assert.Equal(CatalogStatus.Draft, (await fixture.ResourceAsync("3.05.001/GA-0101")).Status);

        var submitted = await fixture.Get<SubmitCatalogDraft>().ExecuteAsync(catalog, resourceId);
        Assert.True(submitted.Succeeded, submitted.ErrorKey);
        var instanceId = submitted.InstanceId!.Value;
        await using (var db = fixture.Database.CreateDbContext())
        {
            var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == instanceId);
            var bureauId = await db.Departments.Where(d => d.Code == "SJJ").Select(d => d.Id).SingleAsync();
            Assert.Equal((CatalogReviewWorkflowV1.Submitted, bureauId, "BureauOfficer"), (instance.State, instance.AssigneeDepartmentId!.Value, instance.AssigneeRole!));
            Assert.Equal(new DateOnly(2026, 1, 26), instance.DueOn); // 10 working days from Mon 12 Jan 2026
        }

        var noComment = await FireAsync(instanceId, CatalogReviewWorkflowV1.Return, Bureau, comment: null);
        Assert.False(noComment.Succeeded);
        Assert.True((await FireAsync(instanceId, CatalogReviewWorkflowV1.Return, Bureau, "请补充共享条件的具体适用范围。")).Succeeded);

        var whileReturned = await fixture.Get<SaveCatalogDraft>().ExecuteAsync(catalog, new SaveCatalogDraftCommand(resourceId, content with { ShareCondition = "仅限户籍管理及社会救助业务使用" }));
        Assert.True(whileReturned.Succeeded, whileReturned.ErrorKey);
        var resubmitted = await fixture.Get<SubmitCatalogDraft>().ExecuteAsync(catalog, resourceId);
        Assert.True(resubmitted.Succeeded, resubmitted.ErrorKey);
        Assert.Equal(instanceId, resubmitted.InstanceId);
        Assert.True((await FireAsync(instanceId, CatalogReviewWorkflowV1.Publish, Bureau)).Succeeded);

        var entry = await fixture.ResourceAsync("3.05.001/GA-0101");
        Assert.Equal((CatalogStatus.Published, 1, "仅限户籍管理及社会救助业务使用"), (entry.Status, entry.CurrentVersion, entry.ShareCondition!));
        Assert.Equal(new DateOnly(2026, 1, 12), entry.ReleaseDate);
        await using var check = fixture.Database.CreateDbContext();
        var journal = await check.WorkflowJournal.Where(e => e.InstanceId == instanceId).OrderBy(e => e.Sequence).Select(e => e.Trigger).ToListAsync();
        Assert.Equal(["Start", "Submit", "Return", "Submit", "Publish"], journal);
    }

    [Fact]
    public async Task Submit_WithBrokenRules_ReturnsEveryViolation_AndStartsNothing()
    {
        var catalog = await fixture.UserAsync(CatalogGa);
        var content = TestCatalog.Content("3.05.002/GA-0102", "临时户口登记", ShareType.Conditional, OpenType.NotOpen) with { LegalBasis = null, Items = [] };
        var saved = await fixture.Get<SaveCatalogDraft>().ExecuteAsync(catalog, new SaveCatalogDraftCommand(null, content));

        var result = await fixture.Get<SubmitCatalogDraft>().ExecuteAsync(catalog, saved.ResourceId!.Value);

        Assert.False(result.Succeeded);
        Assert.Equal(CatalogErrors.RulesBroken, result.ErrorKey);
        Assert.Equal(
            [CatalogErrors.LegalBasisRequired, CatalogErrors.ItemsRequired],
            result.Violations.Select(v => v.ErrorKey).Order(StringComparer.Ordinal).Reverse().ToList());
        await using var db = fixture.Database.CreateDbContext();
        Assert.False(await db.WorkflowInstances.AnyAsync(i => i.SubjectType == SubmitCatalogDraft.SubjectType && i.SubjectId == saved.DraftId!.Value.ToString()));
    }

    [Fact]
    public async Task Save_NewEntryWithATakenCode_IsADuplicate()
    {
        var result = await fixture.Get<SaveCatalogDraft>().ExecuteAsync(
            await fixture.UserAsync(CatalogGa), new SaveCatalogDraftCommand(null, TestCatalog.Content("1.01.001/GA-0001")));

        Assert.Equal(CatalogErrors.CodeDuplicate, Assert.Single(result.Violations).ErrorKey);
    }

    [Theory]
    [InlineData("catalog.rs@govdata.local")] // another department's CatalogManager
    [InlineData("approver.ga@govdata.local")] // own department, wrong role
    [InlineData("bureau@govdata.local")] // the bureau reviews, it does not edit
    public async Task WrongUser_CannotSaveOrSubmitOrRetire(string email)
    {
        var user = await fixture.UserAsync(email);
        var entry = await fixture.ResourceAsync("3.01.001/GA-0003");

        var save = await fixture.Get<SaveCatalogDraft>().ExecuteAsync(user, new SaveCatalogDraftCommand(entry.Id, entry.ToContent() with { Name = "改" }));
        var create = await fixture.Get<SaveCatalogDraft>().ExecuteAsync(user, new SaveCatalogDraftCommand(null, TestCatalog.Content("3.05.009/GA-0109")));
        var submit = await fixture.Get<SubmitCatalogDraft>().ExecuteAsync(user, entry.Id);
        var retire = await fixture.Get<RetireCatalogEntry>().ExecuteAsync(user, entry.Id);

        Assert.All([save, create, submit, retire], r => Assert.False(r.Succeeded));
        Assert.Equal(CatalogStatus.Published, (await fixture.ResourceAsync("3.01.001/GA-0003")).Status);
        await using var db = fixture.Database.CreateDbContext();
        Assert.False(await db.CatalogDrafts.AnyAsync(d => d.DataResourceId == entry.Id));
        Assert.False(await db.DataResources.AnyAsync(r => r.Code == ResourceCode.Parse("3.05.009/GA-0109")));
    }

    [Theory]
    [InlineData("catalog.ga@govdata.local", "1.04.001/GA-0002")] // the department cannot publish its own entry
    [InlineData("approver.ga@govdata.local", "1.01.001/GA-0001")]
    public async Task WrongUser_CannotPublish(string email, string code)
    {
        var catalog = await fixture.UserAsync(CatalogGa);
        var entry = await fixture.ResourceAsync(code);
        var content = entry.ToContent() with { Summary = "居民身份证的签发机关、有效期限、证件状态及挂失信息。" };
        await fixture.Get<SaveCatalogDraft>().ExecuteAsync(catalog, new SaveCatalogDraftCommand(entry.Id, content));
        var submitted = await fixture.Get<SubmitCatalogDraft>().ExecuteAsync(catalog, entry.Id);
        Assert.True(submitted.Succeeded, submitted.ErrorKey);

        var result = await FireAsync(submitted.InstanceId!.Value, CatalogReviewWorkflowV1.Publish, email);

        Assert.False(result.Succeeded);
        Assert.Equal(1, (await fixture.ResourceAsync(code)).CurrentVersion);
        var inReview = await fixture.Get<SaveCatalogDraft>().ExecuteAsync(catalog, new SaveCatalogDraftCommand(entry.Id, content with { Name = "改" }));
        Assert.Equal(CatalogErrors.DraftInReview, inReview.ErrorKey);
    }

    [Fact]
    public async Task Retire_TakesTheEntryOutOfTheSharingCatalog_VersionsStayReadable()
    {
        var entry = await fixture.ResourceAsync("3.04.003/JT-0003");
        var result = await fixture.Get<RetireCatalogEntry>().ExecuteAsync(await fixture.UserAsync("catalog.jt@govdata.local"), entry.Id);

        Assert.True(result.Succeeded, result.ErrorKey);
        Assert.Equal(CatalogStatus.Retired, (await fixture.ResourceAsync("3.04.003/JT-0003")).Status);
        var browse = await fixture.Get<BrowseSharingCatalog>().ExecuteAsync(await fixture.UserAsync("requester.rs@govdata.local"), new SharingCatalogFilter(Text: "出租汽车驾驶员"));
        Assert.Empty(browse.Rows);
        var history = await fixture.Get<GetCatalogVersions>().ExecuteAsync(await fixture.UserAsync("requester.rs@govdata.local"), entry.Id);
        Assert.Null(history); // retired entries of other departments are invisible (decision 0006)
        var own = await fixture.Get<GetCatalogVersions>().ExecuteAsync(await fixture.UserAsync("approver.jt@govdata.local"), entry.Id);
        Assert.Equal(1, Assert.Single(own!.Versions).Number);
    }

    [Fact]
    public async Task Versions_PublishedReadableByAllStaff_DraftOnlyByTheDepartmentAndTheBureau()
    {
        var entry = await fixture.ResourceAsync("2.01.002/WJ-0002");
        var changed = entry.ToContent() with { Summary = "医疗机构名称、类别、执业地址、诊疗科目、床位数及登记状态。" };
        Assert.True((await fixture.Get<SaveCatalogDraft>().ExecuteAsync(await fixture.UserAsync("catalog.wj@govdata.local"), new SaveCatalogDraftCommand(entry.Id, changed))).Succeeded);

        var otherStaff = await fixture.Get<GetCatalogVersions>().ExecuteAsync(await fixture.UserAsync("requester.rs@govdata.local"), entry.Id);
        var ownStaff = await fixture.Get<GetCatalogVersions>().ExecuteAsync(await fixture.UserAsync("requester.wj@govdata.local"), entry.Id);
        var bureau = await fixture.Get<GetCatalogVersions>().ExecuteAsync(await fixture.UserAsync(Bureau), entry.Id);
        var applicant = await fixture.Get<GetCatalogVersions>().ExecuteAsync(await fixture.UserAsync("applicant@govdata.local"), entry.Id);

        Assert.Single(otherStaff!.Versions);
        Assert.Null(otherStaff.OpenDraft);
        Assert.NotNull(ownStaff!.OpenDraft);
        Assert.NotNull(bureau!.OpenDraft);
        Assert.Null(applicant);

        var draftDiff = await fixture.Get<GetCatalogVersionDiff>().ExecuteAsync(await fixture.UserAsync(Bureau), new CatalogVersionDiffQuery(entry.Id, null));
        Assert.Equal(nameof(CatalogEntryContent.Summary), Assert.Single(draftDiff!.Diff.Fields).Field);
        Assert.Null(await fixture.Get<GetCatalogVersionDiff>().ExecuteAsync(await fixture.UserAsync("requester.rs@govdata.local"), new CatalogVersionDiffQuery(entry.Id, null)));
        var v1 = await fixture.Get<GetCatalogVersionDiff>().ExecuteAsync(await fixture.UserAsync("requester.rs@govdata.local"), new CatalogVersionDiffQuery(entry.Id, 1));
        Assert.Null(v1!.BeforeNumber);
        Assert.Equal(entry.ActiveItems.Count(), v1.Diff.ItemsAdded.Count);
    }

    [Fact]
    public async Task DemoSeed_EveryEntryHasFullMetadata_PublishedOnesVersion1_SomeStale()
    {
        await using var db = fixture.Database.CreateDbContext();
        var resources = await db.DataResources.AsNoTracking().Include(r => r.Items).Where(r => r.Code != ResourceCode.Parse("3.05.001/GA-0101")).ToListAsync();
        var demo = resources.Where(r => GovData.Workflows.Seeding.DemoResources.All.Any(d => d.Code == r.Code.Value)).ToList();

        Assert.Equal(21, demo.Count);
        Assert.All(demo, r => Assert.Empty(CatalogRules.Validate(r.ToContent())));
        var versions = await db.CatalogVersions.Where(v => v.Number == 1).Select(v => v.DataResourceId).ToListAsync();
        Assert.All(demo.Where(r => r.Status == CatalogStatus.Published), r => Assert.Contains(r.Id, versions));
        Assert.Equal(2, demo.Count(r => r.Status == CatalogStatus.Draft));
        Assert.InRange(demo.Count(r => r.IsStale(new DateOnly(2026, 1, 5))), 2, 8);
        Assert.Contains(demo, r => r.ShareType == ShareType.NotShared);
        Assert.Contains(demo, r => r.Items.Any(i => i.IsBaseItem && i.ShareType == ShareType.Unconditional) && r.ShareType == ShareType.Conditional);
    }

    private async Task<WorkflowResult> FireAsync(long instanceId, string trigger, string email, string? comment = "已核对。")
    {
        try
        {
            return await fixture.Get<FireTrigger>().ExecuteAsync(new FireTriggerRequest(instanceId, trigger, Comment: comment), await fixture.UserAsync(email));
        }
        catch (GovData.Domain.DomainRuleException rule)
        {
            return WorkflowResult.Refused(WorkflowOutcome.InvalidArguments, rule.Code);
        }
    }
}

/// <summary>The cases above on SQLite.</summary>
public sealed class CatalogReviewTests(CatalogReviewFixture fixture) : CatalogReviewTestsCases(fixture), IClassFixture<CatalogReviewFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class CatalogReviewTestsOnPostgreSql(PostgreSqlCatalogReviewFixture fixture) : CatalogReviewTestsCases(fixture), IClassFixture<PostgreSqlCatalogReviewFixture>;
