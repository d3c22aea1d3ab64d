using System.IO.Compression;
using GovData.Domain.Disputes;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.Disputes;
using GovData.Workflows.Oversight;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Workflows.Disputes;

/// <summary>
/// One seeded SQLite database with sharing and disputes; the clock stands on Monday 3 Nov 2025 (no holiday within the
/// next weeks, so every working-day count below is plain Monday–Friday). Each test makes its own share request.
/// </summary>
public class DisputeFixture : SeededServicesFixture
{
    public const string GaResource = "1.01.001/GA-0001";

    protected override DateTime ChinaStart => new(2025, 11, 3, 10, 0, 0);

    protected override void AddServices(IServiceCollection services)
    {
        services.AddGovDataSharing();
        services.AddGovDataDisputes();
        services.AddGovDataOversight();
    }

    public Task<UserContext> Bureau() => UserAsync("bureau@govdata.local");

    /// <summary>requester.<paramref name="department"/> asks GA for three items; approver.ga refuses it with a legal basis.</summary>
    public async Task<(int RequestId, long InstanceId, List<int> Items)> RefusedRequestAsync(string department = "rs")
    {
        var (resourceId, items) = await ResourceAsync(GaResource);
        var requester = await UserAsync($"requester.{department}@govdata.local");
        var submitted = await Get<SubmitShareRequest>().ExecuteAsync(
            requester,
            new SubmitShareRequestCommand(resourceId, "核验参保人员身份", "《社会保险法》参保登记职责", [items[0], items[1], items[2]],
                new DateOnly(2025, 11, 3), new DateOnly(2026, 11, 2)));
        Assert.True(submitted.Succeeded, submitted.ErrorKey);
        await using var db = Database.CreateDbContext();
        var basis = await db.LegalBases.Select(b => b.Id).FirstAsync();
        var refused = await Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(submitted.InstanceId!.Value, ShareRequestWorkflowV1.Refuse,
                new Dictionary<string, string>([ShareRequestArguments.LegalBasis.Of(basis)]), "涉及个人敏感信息"),
            await UserAsync("approver.ga@govdata.local"));
        Assert.True(refused.Succeeded, refused.MessageKey);
        return (submitted.Id!.Value, submitted.InstanceId!.Value, items);
    }

    public async Task<(int ResourceId, List<int> ItemIds)> ResourceAsync(string code)
    {
        await using var db = Database.CreateDbContext();
        var id = await db.DataResources.Where(r => r.Code == ResourceCode.Parse(code)).Select(r => r.Id).SingleAsync();
        var items = await db.DataItems.Where(i => i.DataResourceId == id).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
        return (id, items);
    }

    /// <summary>A refused request disputed by its requester (with one PDF).</summary>
    public async Task<(DisputeResult Filed, int RequestId, List<int> Items)> FiledAsync(string department = "rs")
    {
        var (requestId, _, items) = await RefusedRequestAsync(department);
        var filed = await Get<FileDispute>().ExecuteAsync(
            await UserAsync($"requester.{department}@govdata.local"),
            new FileDisputeCommand(DisputeGround.Refusal, requestId, null, "申请事项属本部门法定职责，请求协调共享。", [Pdf("依据.pdf")]));
        Assert.True(filed.Succeeded, filed.ErrorKey);
        return (filed, requestId, items);
    }

    public async Task<WorkflowResult> FireAsync(long instanceId, string trigger, string email, string? comment = null, params KeyValuePair<string, string>[] arguments) =>
        await Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(instanceId, trigger, new Dictionary<string, string>(arguments), comment), await UserAsync(email));

    public static DisputeFile Pdf(string name) => new(name, "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF"u8.ToArray());

    public static DisputeFile Docx(string name)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Write(zip, "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
            Write(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        }

        return new DisputeFile(name, buffer.ToArray());
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}

/// <summary>The same fixture on PostgreSQL (decision 0030).</summary>
public sealed class PostgreSqlDisputeFixture : DisputeFixture
{
    public override TestProvider Provider => TestProvider.PostgreSql;
}
