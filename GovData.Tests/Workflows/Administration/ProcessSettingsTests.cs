using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Administration;
using GovData.Workflows.Administration.Settings;
using GovData.Workflows.Deadlines;
using GovData.Workflows.Oversight.Proposals;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Workflows.Administration;

/// <summary>The demo city with the sharing module, a three-step ShareRequest ladder in "appsettings" and the stored
/// settings layered over it, as in the web app; the clock stands on 30 Sep 2025.</summary>
public class ProcessSettingsFixture : SeededServicesFixture
{
    public StoredSettingsConfiguration Stored { get; } = new();

    public IConfiguration Configuration { get; private set; } = default!;

    protected override DateTime ChinaStart => new(2025, 9, 30, 10, 0, 0);

    protected override void AddServices(IServiceCollection services)
    {
        Configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Workflows:ShareRequest:Escalation:Steps:0:Recipient"] = "ProviderApprovers",
                ["Workflows:ShareRequest:Escalation:Steps:0:AfterWorkingDays"] = "1",
                ["Workflows:ShareRequest:Escalation:Steps:1:Recipient"] = "ProviderDepartmentLead",
                ["Workflows:ShareRequest:Escalation:Steps:1:AfterWorkingDays"] = "3",
                ["Workflows:ShareRequest:Escalation:Steps:2:Recipient"] = "BureauOfficers",
                ["Workflows:ShareRequest:Escalation:Steps:2:AfterWorkingDays"] = "5",
            })
            .Add(Stored)
            .Build();
        services.AddSingleton(Configuration);
        services.AddSingleton(Stored);
        services.AddScoped(_ => Database.WriteContext());
        services.AddIdentityCore<ApplicationUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<GovDataDbContext>();
        services.AddGovDataSharing();
        services.AddGovDataDeadlines();
        services.AddGovDataAdministration();
    }
}

public abstract class ProcessSettingsTestsCases(ProcessSettingsFixture fixture)
{
    private static readonly string ReplyKey = ProcessSettingCatalog.KeyOf(ShareRequestWorkflowV1.ReplyWorkingDaysSetting);

    [Fact]
    public async Task ChangingTheReplyTime_AppliesToNewInstancesOnly_AndIsAuditedWithTheReason()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        var before = await SubmitAsync();

        var result = await fixture.Get<ChangeProcessSetting>().ExecuteAsync(admin, new(ReplyKey, 10, null, "市政府通知延长答复期限"));

        Assert.True(result.Succeeded, result.ErrorKey);
        var row = Assert.Single(await fixture.Get<ListProcessSettings>().ExecuteAsync(admin), r => r.Definition.Key == ReplyKey);
        Assert.Equal(10, row.Days);
        Assert.NotNull(row.ChangedAtUtc);
        var after = await SubmitAsync();
        await using var db = fixture.Database.CreateDbContext();
        // The first instance keeps the due date it was given (30 Sep + 5 working days over the National Day holiday);
        // the new one gets 10 working days: 9, 10, 11 (make-up), 13–17, 20, 21 Oct.
        Assert.Equal(new DateOnly(2025, 10, 14), (await db.WorkflowInstances.SingleAsync(i => i.Id == before)).DueOn);
        Assert.Equal(new DateOnly(2025, 10, 21), (await db.WorkflowInstances.SingleAsync(i => i.Id == after)).DueOn);
        var audit = await db.AuditEntries.Where(a => a.Action == AdminAudit.SettingChanged && a.EntityKey == ReplyKey).SingleAsync();
        Assert.Equal(admin.UserId, audit.UserId);
        Assert.Contains("市政府通知延长答复期限", audit.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShorterStoredLadder_ReplacesTheConfiguredOne_AtOnce()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        var escalation = fixture.Get<EscalationSettings>();
        Assert.Equal(3, escalation.StepsFor("ShareRequest").Count);

        var result = await fixture.Get<ChangeProcessSetting>().ExecuteAsync(admin, new("Workflows:ShareRequest:Escalation", null,
            [new EscalationStep { Recipient = EscalationRecipient.BureauOfficers, AfterWorkingDays = 2 }], "精简催办层级"));

        Assert.True(result.Succeeded, result.ErrorKey);
        var step = Assert.Single(escalation.StepsFor("ShareRequest"));
        Assert.Equal(EscalationRecipient.BureauOfficers, step.Recipient);
        Assert.Equal(2, step.AfterWorkingDays);
    }

    [Fact]
    public async Task TheStalenessGrace_IsReadByTheOversightSettings()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");

        var result = await fixture.Get<ChangeProcessSetting>().ExecuteAsync(admin, new(ProcessSettingCatalog.StaleGraceKey, 45, null, "给部门更多时间"));

        Assert.True(result.Succeeded, result.ErrorKey);
        Assert.Equal(45, ProposalSettings.From(fixture.Configuration).StaleGraceDays);
    }

    [Fact]
    public async Task BadValuesAndWrongUsers_AreRefused_AndStoreNothing()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        var officer = await fixture.UserAsync("bureau@govdata.local");
        var change = fixture.Get<ChangeProcessSetting>();
        var dispute = ProcessSettingCatalog.KeyOf("CatalogReview.ReviewWorkingDays");

        Assert.Equal(AdminErrors.NotAllowed, (await change.ExecuteAsync(officer, new(dispute, 7, null, "试试"))).ErrorKey);
        Assert.Equal(AdminErrors.NotAllowed, (await change.ExecuteAsync(UserContext.Anonymous, new(dispute, 7, null, "试试"))).ErrorKey);
        Assert.Equal(AdminErrors.SettingOutOfRange, (await change.ExecuteAsync(admin, new(ReplyKey, 0, null, "试试"))).ErrorKey);
        Assert.Equal(AdminErrors.SettingOutOfRange, (await change.ExecuteAsync(admin, new(ReplyKey, ProcessSettingCatalog.MaxWorkingDays + 1, null, "试试"))).ErrorKey);
        Assert.Equal(AdminErrors.ReasonRequired, (await change.ExecuteAsync(admin, new(ReplyKey, 7, null, " "))).ErrorKey);
        Assert.Equal(AdminErrors.SettingUnknown, (await change.ExecuteAsync(admin, new("ConnectionStrings:GovData", 7, null, "试试"))).ErrorKey);
        Assert.Equal(AdminErrors.LadderSteps, (await change.ExecuteAsync(admin, new("Workflows:ShareRequest:Escalation", null, [], "试试"))).ErrorKey);
        Assert.Equal(AdminErrors.LadderStepInvalid, (await change.ExecuteAsync(admin, new("Workflows:ShareRequest:Escalation", null,
            [new EscalationStep { Recipient = (EscalationRecipient)99, AfterWorkingDays = 1 }], "试试"))).ErrorKey);
        Assert.Empty(await fixture.Get<ListProcessSettings>().ExecuteAsync(officer));
        await using var db = fixture.Database.CreateDbContext();
        Assert.False(await db.StoredSettings.AnyAsync(s => s.Key == dispute || s.Key == "ConnectionStrings:GovData"));
    }

    [Fact]
    public void TheCatalog_ListsEveryRegisteredProcess_WithItsLadder()
    {
        var catalog = fixture.Get<ProcessSettingCatalog>().All();
        foreach (var process in fixture.Get<WorkflowProcesses>().All)
        {
            Assert.Contains(catalog, s => s.Process == process.Name && s.Kind == SettingKind.Ladder);
        }

        Assert.Contains(catalog, s => s.Key == ReplyKey && s.DefaultDays == 5);
        Assert.Contains(catalog, s => s.Key == ProcessSettingCatalog.StaleGraceKey && s.Process is null);
    }

    private async Task<long> SubmitAsync()
    {
        await using var db = fixture.Database.CreateDbContext();
        var id = await db.DataResources.Where(r => r.Code == GovData.Domain.Resources.ResourceCode.Parse("1.01.001/GA-0001")).Select(r => r.Id).SingleAsync();
        var items = await db.DataItems.Where(i => i.DataResourceId == id).OrderBy(i => i.Id).Select(i => i.Id).Take(3).ToListAsync();
        var result = await fixture.Get<SubmitShareRequest>().ExecuteAsync(await fixture.UserAsync("requester.rs@govdata.local"),
            new SubmitShareRequestCommand(id, "核验参保人员身份", "《社会保险法》规定的参保登记职责", items, new DateOnly(2025, 10, 9), new DateOnly(2026, 10, 8)));
        Assert.True(result.Succeeded, result.ErrorKey);
        var request = await db.ShareRequests.SingleAsync(r => r.Id == result.Id);
        return request.WorkflowInstanceId!.Value;
    }
}

public sealed class ProcessSettingsTests(ProcessSettingsFixture fixture) : ProcessSettingsTestsCases(fixture), IClassFixture<ProcessSettingsFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class ProcessSettingsTestsOnPostgreSql(PostgreSqlProcessSettingsFixture fixture) : ProcessSettingsTestsCases(fixture), IClassFixture<PostgreSqlProcessSettingsFixture>;

/// <summary>The same fixture on PostgreSQL (decision 0030).</summary>
public sealed class PostgreSqlProcessSettingsFixture : ProcessSettingsFixture
{
    public override TestProvider Provider => TestProvider.PostgreSql;
}
