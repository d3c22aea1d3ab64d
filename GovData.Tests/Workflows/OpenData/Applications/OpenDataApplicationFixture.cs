using System.Text;
using GovData.Domain.OpenData.Applications;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Web.Localization;
using GovData.Workflows.Documents;
using GovData.Workflows.OpenData.Applications;
using GovData.Workflows.OpenData.Datasets;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Workflows.OpenData.Applications;

/// <summary>The demo city with the application module, the Chinese document texts and a dataset store; the clock
/// stands on Monday 2 March 2026, 09:30 China time. "2.03.001/SCJG-0003" (食品生产许可证信息, 依申请开放) has a release.</summary>
public class OpenDataApplicationFixture : SeededServicesFixture
{
    public const string EntryCode = "2.03.001/SCJG-0003";
    public const string ValidId = "11010519491231002X";

    protected override DateTime ChinaStart => new(2026, 3, 2, 9, 30, 0);

    protected override void AddServices(IServiceCollection services)
    {
        services.AddSingleton<IDocumentTexts, DocumentResourceTexts>();
        services.AddGovDataDatasets(new DatasetOptions(), Path.Combine(Path.GetTempPath(), "govdata-tests", "datasets-" + Guid.NewGuid().ToString("N")));
        services.AddGovDataOpenDataApplications();
    }

    public async Task<(int EntryId, List<int> Items)> EntryAsync(string code = EntryCode)
    {
        await using var db = Database.CreateDbContext();
        var id = await db.DataResources.Where(r => r.Code == ResourceCode.Parse(code)).Select(r => r.Id).SingleAsync();
        var items = await db.DataItems.Where(i => i.DataResourceId == id && !i.IsRetired).OrderBy(i => i.Position).Select(i => i.Id).ToListAsync();
        return (id, items);
    }

    /// <summary>Uploads two rows for the entry (once per fixture) as its catalog manager.</summary>
    public async Task EnsureReleaseAsync()
    {
        var (entryId, _) = await EntryAsync();
        if (await Get<OpenDatasetRelease>().CurrentReleaseAsync(entryId) is not null)
        {
            return;
        }

        await using var db = Database.CreateDbContext();
        var items = await db.DataItems.Where(i => i.DataResourceId == entryId && !i.IsRetired).OrderBy(i => i.Position).ToListAsync();
        var csv = new StringBuilder(string.Join(',', items.Select(i => i.Name))).Append('\n');
        for (var row = 1; row <= 2; row++)
        {
            csv.Append(string.Join(',', items.Select(i => Value(i.DataType, row)))).Append('\n');
        }

        var result = await Get<UploadDataset>().ExecuteAsync(
            await UserAsync("catalog.scjg@govdata.local"), new UploadDatasetCommand(entryId, new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), "release.csv"));
        Assert.True(result.Succeeded, string.Join(";", result.Errors.Select(e => e.Key + " " + e.Column)));
    }

    private static string Value(DataItemType type, int row) => type switch
    {
        DataItemType.Number => (100 + row).ToString(System.Globalization.CultureInfo.InvariantCulture),
        DataItemType.Date => $"2026-01-0{row}",
        _ => $"值{row}",
    };

    public static ApplicantDetails Citizen(string? id = ValidId) =>
        new(ApplicantType.Citizen, "李市民", id, "李市民", "13800138000", "applicant@govdata.local");

    public async Task<OpenDataApplicationResult> ApplyAsync(IReadOnlyList<int>? items = null, ApplicantDetails? applicant = null)
    {
        var (entryId, all) = await EntryAsync();
        return await Get<SubmitOpenDataApplication>().ExecuteAsync(
            await UserAsync("applicant@govdata.local"),
            new SubmitOpenDataApplicationCommand(entryId, items ?? [all[0], all[1], all[2]], "研究食品生产企业分布", "学术论文数据分析", applicant ?? Citizen(), true));
    }

    public async Task<WorkflowResult> FireAsync(long instanceId, string trigger, string user, string? comment = null, params KeyValuePair<string, string>[] arguments) =>
        await Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(instanceId, trigger, arguments.ToDictionary(a => a.Key, a => a.Value), comment), await UserAsync(user));

    public async Task<OpenDataApplication> ApplicationAsync(int id)
    {
        await using var db = Database.CreateDbContext();
        return await db.OpenDataApplications.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    public async Task<global::GovData.Domain.Workflows.WorkflowInstance> InstanceAsync(long id)
    {
        await using var db = Database.CreateDbContext();
        return await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == id);
    }

    public async Task<int> LegalBasisIdAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.LegalBases.OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
    }
}

/// <summary>The same fixture on PostgreSQL (decision 0030).</summary>
public sealed class PostgreSqlOpenDataApplicationFixture : OpenDataApplicationFixture
{
    public override TestProvider Provider => TestProvider.PostgreSql;
}
