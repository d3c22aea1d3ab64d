using GovData.Domain.Catalog;
using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using GovData.Workflows.Seeding;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>
/// Catalog work on a fresh demo, through the real use cases, so a newcomer's first screen is not empty: SCJG's new
/// entry 行政处罚案件信息 waits for the bureau's review; GA's revision of 道路交通事故统计 was returned to catalog.ga
/// with the bureau's comment. Runs only while no review was ever started.
/// </summary>
public sealed class CatalogDemoSeeder(
    IDbContextFactory<GovDataDbContext> contextFactory,
    SaveCatalogDraft save,
    SubmitCatalogDraft submit,
    FireTrigger fire)
{
    public const string ReturnComment = "“数据摘要”请写明统计口径（是否含简易程序处理的事故），并补充更新时间点。";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.WorkflowInstances.AnyAsync(i => i.DefinitionName == CatalogReviewWorkflowV1.DefinitionName, cancellationToken)
                || !await db.DataResources.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        // A new entry in the bureau's review.
        var scjg = await DemoUserContext.ForAsync(contextFactory, "catalog.scjg@govdata.local", cancellationToken);
        if (await ResourceIdAsync("3.02.001/SCJG-0004", cancellationToken) is { } penalties)
        {
            await submit.ExecuteAsync(scjg, penalties, cancellationToken);
        }

        // A revision the bureau returned to GA's catalog manager.
        if (await ResourceIdAsync("3.01.002/GA-0004", cancellationToken) is not { } accidents)
        {
            return;
        }

        var ga = await DemoUserContext.ForAsync(contextFactory, "catalog.ga@govdata.local", cancellationToken);
        CatalogEntryContent content;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            content = (await db.DataResources.AsNoTracking().Include(r => r.Items).SingleAsync(r => r.Id == accidents, cancellationToken)).ToContent();
        }

        var saved = await save.ExecuteAsync(ga, new SaveCatalogDraftCommand(accidents, content with { Summary = content.Summary + "含死亡、受伤人数。" }), cancellationToken);
        if (!saved.Succeeded)
        {
            return;
        }

        var submitted = await submit.ExecuteAsync(ga, accidents, cancellationToken);
        if (submitted is { Succeeded: true, InstanceId: { } instance })
        {
            var bureau = await DemoUserContext.ForAsync(contextFactory, "bureau@govdata.local", cancellationToken);
            await fire.ExecuteAsync(new FireTriggerRequest(instance, CatalogReviewWorkflowV1.Return, Comment: ReturnComment), bureau, cancellationToken);
        }
    }

    private async Task<int?> ResourceIdAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.DataResources.Where(r => r.Code == ResourceCode.Parse(code)).Select(r => (int?)r.Id).SingleOrDefaultAsync(cancellationToken);
    }
}
