using GovData.Domain.Catalog;
using GovData.Domain.Resources;
using GovData.Workflows.Catalog;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Catalog;

/// <summary>The instance page tells the officer what the draft changes against the live version.</summary>
public abstract class CatalogReviewSummaryTestsCases(CatalogReviewFixture fixture)
{
    [Fact]
    public async Task Describe_ARevision_NamesTheEntry_AndEveryChange()
    {
        var entry = await fixture.ResourceAsync("3.01.002/GA-0004");
        var live = entry.ToContent();
        var revised = live with
        {
            ShareType = ShareType.Conditional,
            ShareCondition = "仅限履职使用",
            LegalBasis = "《道路交通安全法》第八十八条",
            Items = [.. live.Items.Where(i => i.Name != "受伤人数"), new CatalogItemContent { Name = "财产损失", EnglishName = "Damage", DataType = DataItemType.Number }],
        };
        var catalog = await fixture.UserAsync("catalog.ga@govdata.local");
        Assert.True((await fixture.Get<SaveCatalogDraft>().ExecuteAsync(catalog, new SaveCatalogDraftCommand(entry.Id, revised))).Succeeded);
        var submitted = await fixture.Get<SubmitCatalogDraft>().ExecuteAsync(catalog, entry.Id);

        await using var db = fixture.Database.CreateDbContext();
        var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == submitted.InstanceId);
        var facts = (await new CatalogReviewSummary().DescribeAsync(db, instance, CancellationToken.None)).ToDictionary(f => f.LabelKey, f => f.Values);

        Assert.Equal("道路交通事故统计（3.01.002/GA-0004）", instance.Title);
        Assert.Equal(["3.01.002/GA-0004"], facts[CatalogReviewSummary.Prefix + "Code"]);
        Assert.Equal(["市公安局"], facts[CatalogReviewSummary.Prefix + "Provider"]);
        Assert.Equal(["v1"], facts[CatalogReviewSummary.Prefix + "RevisionOf"]);
        Assert.Equal(["无条件共享 → 有条件共享"], facts[CatalogReviewSummary.FieldPrefix + "ShareType"]);
        Assert.Equal(["— → 仅限履职使用"], facts[CatalogReviewSummary.FieldPrefix + "ShareCondition"]);
        Assert.Equal(["财产损失"], facts[CatalogReviewSummary.Prefix + "ItemsAdded"]);
        Assert.Equal(["受伤人数"], facts[CatalogReviewSummary.Prefix + "ItemsRemoved"]);
        Assert.False(facts.ContainsKey(CatalogReviewSummary.FieldPrefix + "Name"));
    }

    [Fact]
    public async Task Describe_ANewEntry_ListsItsItemsAndKeyFields_WithoutADiff()
    {
        var catalog = await fixture.UserAsync("catalog.ga@govdata.local");
        var saved = await fixture.Get<SaveCatalogDraft>().ExecuteAsync(catalog, new SaveCatalogDraftCommand(null, Support.TestCatalog.Content("3.08.001/GA-0401", "新条目")));
        var submitted = await fixture.Get<SubmitCatalogDraft>().ExecuteAsync(catalog, saved.ResourceId!.Value);

        await using var db = fixture.Database.CreateDbContext();
        var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == submitted.InstanceId);
        var facts = await new CatalogReviewSummary().DescribeAsync(db, instance, CancellationToken.None);

        Assert.Equal(["名称"], facts.Single(f => f.LabelKey == CatalogReviewSummary.Prefix + "NewEntry").Values);
        // Nothing to compare with: no change lines, the key fields labelled plainly instead.
        Assert.DoesNotContain(facts, f => f.LabelKey.StartsWith(CatalogReviewSummary.FieldPrefix, StringComparison.Ordinal));
        var fields = facts.Where(f => f.LabelKey.StartsWith(CatalogReviewSummary.ValuePrefix, StringComparison.Ordinal)).ToList();
        Assert.Contains(fields, f => f.LabelKey == CatalogReviewSummary.ValuePrefix + "Summary");
        Assert.Contains(fields, f => f.LabelKey == CatalogReviewSummary.ValuePrefix + "ShareType" && f.Values.Single() is string text && text.EndsWith("共享", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.LabelKey == CatalogReviewSummary.ValuePrefix + "UpdateCycle");
    }
}

public sealed class CatalogReviewSummaryTests(CatalogReviewFixture fixture) : CatalogReviewSummaryTestsCases(fixture), IClassFixture<CatalogReviewFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class CatalogReviewSummaryTestsOnPostgreSql(PostgreSqlCatalogReviewFixture fixture) : CatalogReviewSummaryTestsCases(fixture), IClassFixture<PostgreSqlCatalogReviewFixture>;
