using GovData.Domain.Catalog;
using GovData.Domain.Departments;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.Catalog;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Catalog;

/// <summary>Submit in one step (a crash between start and submit is recovered) and which bureau may decide (decision 0015).</summary>
public abstract class CatalogSubmitTestsCases(CatalogReviewFixture fixture)
{
    private const string CatalogGa = "catalog.ga@govdata.local";

    [Fact]
    public async Task Submit_CrashAfterStart_LeavesTheDraftAttachedToADraftInstance_AndTheNextSubmitCompletesIt()
    {
        var catalog = await fixture.UserAsync(CatalogGa);
        var saved = await fixture.Get<SaveCatalogDraft>().ExecuteAsync(catalog, new SaveCatalogDraftCommand(null, TestCatalog.Content("3.06.001/GA-0201", "出入境证件签发信息")));
        Assert.True(saved.Succeeded, saved.ErrorKey);
        var resourceId = saved.ResourceId!.Value;

        fixture.Crash.Armed = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Get<SubmitCatalogDraft>().ExecuteAsync(catalog, resourceId));

        await using (var db = fixture.Database.CreateDbContext())
        {
            var draft = await db.CatalogDrafts.SingleAsync(d => d.Id == saved.DraftId);
            var instance = await db.WorkflowInstances.SingleAsync(i => i.SubjectType == SubmitCatalogDraft.SubjectType && i.SubjectId == draft.Id.ToString());
            Assert.Equal((CatalogDraftStatus.Editing, instance.Id), (draft.Status, draft.WorkflowInstanceId!.Value));
            Assert.Equal(CatalogReviewWorkflowV1.Draft, instance.State);
        }

        var retried = await fixture.Get<SubmitCatalogDraft>().ExecuteAsync(catalog, resourceId);

        Assert.True(retried.Succeeded, retried.ErrorKey);
        await using var check = fixture.Database.CreateDbContext();
        var instances = await check.WorkflowInstances.Where(i => i.SubjectType == SubmitCatalogDraft.SubjectType && i.SubjectId == saved.DraftId!.Value.ToString()).ToListAsync();
        Assert.Equal(CatalogReviewWorkflowV1.Submitted, Assert.Single(instances).State);
        Assert.Equal(CatalogDraftStatus.Submitted, (await check.CatalogDrafts.SingleAsync(d => d.Id == saved.DraftId)).Status);
    }

    [Fact]
    public async Task Submit_InstanceStartedButNotAttached_IsPickedUp_NotStartedTwice()
    {
        var catalog = await fixture.UserAsync(CatalogGa);
        var saved = await fixture.Get<SaveCatalogDraft>().ExecuteAsync(catalog, new SaveCatalogDraftCommand(null, TestCatalog.Content("3.06.002/GA-0202", "护照遗失登记")));
        var draftId = saved.DraftId!.Value.ToString();
        // The half-done state the former two-transaction submit could leave: an instance nobody's draft points to.
        var orphan = await fixture.Get<StartWorkflow>().ExecuteAsync(
            new StartWorkflowRequest(CatalogReviewWorkflowV1.DefinitionName, SubmitCatalogDraft.SubjectType, draftId, catalog.DepartmentId!.Value, null), catalog);
        Assert.True(orphan.Succeeded);

        var submitted = await fixture.Get<SubmitCatalogDraft>().ExecuteAsync(catalog, saved.ResourceId!.Value);

        Assert.True(submitted.Succeeded, submitted.ErrorKey);
        Assert.Equal(orphan.InstanceId, submitted.InstanceId);
    }

    [Fact]
    public async Task DistrictBureau_CannotPublishOrReturnOrCancel_AMunicipalEntry_TheMunicipalBureauCan()
    {
        var catalog = await fixture.UserAsync(CatalogGa);
        var saved = await fixture.Get<SaveCatalogDraft>().ExecuteAsync(catalog, new SaveCatalogDraftCommand(null, TestCatalog.Content("3.06.003/GA-0203", "签证受理信息")));
        var submitted = await fixture.Get<SubmitCatalogDraft>().ExecuteAsync(catalog, saved.ResourceId!.Value);
        var instanceId = submitted.InstanceId!.Value;
        var district = await fixture.UserAsync("bureau.gxq@govdata.local");

        var publish = await FireAsync(instanceId, CatalogReviewWorkflowV1.Publish, district);
        var giveBack = await FireAsync(instanceId, CatalogReviewWorkflowV1.Return, district, "不同意");
        var cancel = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(instanceId, WorkflowBuilder.Cancel, new Dictionary<string, string> { ["reason"] = "撤销" }), district);

        // A district bureau does not even see a municipal department's review (Art. 5, issue #10): not found, like a
        // missing instance; the WrongBureau guard stays behind it for an instance it can see.
        Assert.All([publish, giveBack, cancel], r => Assert.Equal(WorkflowOutcome.NotFound, r.Outcome));
        Assert.Equal(CatalogStatus.Draft, (await fixture.ResourceAsync("3.06.003/GA-0203")).Status);

        var municipal = await FireAsync(instanceId, CatalogReviewWorkflowV1.Publish, await fixture.UserAsync("bureau@govdata.local"));
        Assert.True(municipal.Succeeded, municipal.MessageKey);
        Assert.Equal(CatalogStatus.Published, (await fixture.ResourceAsync("3.06.003/GA-0203")).Status);
    }

    [Fact]
    public async Task MayReview_MunicipalBureauEverywhere_DistrictBureauOnlyItsOwnDistrictDepartments()
    {
        var ids = await fixture.Database.DepartmentIdsAsync();
        await using (var add = fixture.Database.WriteContext())
        {
            add.Departments.AddRange(
                new Department("GXQJS", "高新区建设局", DepartmentLevel.District, DepartmentKind.Government, ids["GXQSJJ"]),
                new Department("XQJS", "西区建设局", DepartmentLevel.District, DepartmentKind.Government, ids["SJJ"]));
            await add.SaveChangesAsync();
        }

        await using var db = fixture.Database.CreateDbContext();
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code);

        Assert.True(CatalogReviewBureau.MayReview(departments["SJJ"], departments["GA"]));
        Assert.True(CatalogReviewBureau.MayReview(departments["SJJ"], departments["GXQJS"]));
        Assert.True(CatalogReviewBureau.MayReview(departments["GXQSJJ"], departments["GXQJS"]));
        Assert.False(CatalogReviewBureau.MayReview(departments["GXQSJJ"], departments["GA"]));
        Assert.False(CatalogReviewBureau.MayReview(departments["GXQSJJ"], departments["XQJS"]));
        Assert.False(CatalogReviewBureau.MayReview(departments["GA"], departments["GA"]));
    }

    [Fact]
    public async Task Return_RequiresTheComment_InTheDialogToo()
    {
        var options = new CatalogReviewArgumentOptions();
        var shape = new CatalogReviewWorkflowV1().Shape;

        Assert.True(options.RequiresComment(shape.Find(CatalogReviewWorkflowV1.Submitted, CatalogReviewWorkflowV1.Return)!));
        Assert.False(options.RequiresComment(shape.Find(CatalogReviewWorkflowV1.Submitted, CatalogReviewWorkflowV1.Publish)!));
        Assert.Null(await options.OfferAsync(null!, CancellationToken.None));
    }

    private Task<WorkflowResult> FireAsync(long instanceId, string trigger, GovData.Domain.Identity.UserContext user, string? comment = null) =>
        fixture.Get<FireTrigger>().ExecuteAsync(new FireTriggerRequest(instanceId, trigger, Comment: comment), user);
}

public sealed class CatalogSubmitTests(CatalogReviewFixture fixture) : CatalogSubmitTestsCases(fixture), IClassFixture<CatalogReviewFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class CatalogSubmitTestsOnPostgreSql(PostgreSqlCatalogReviewFixture fixture) : CatalogSubmitTestsCases(fixture), IClassFixture<PostgreSqlCatalogReviewFixture>;
