using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Administration;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Administration;

/// <summary>A deactivated person's open items are listed for the bureau and handed to a colleague, journalled.</summary>
public abstract class HandOverItemTestsCases(AdministrationFixture fixture)
{
    private const string Admin = "admin@govdata.local";

    [Fact]
    public async Task DeactivatedStartersItems_AreListed_AndHandedToAColleague_WithAJournalEntry_Once()
    {
        var admin = await fixture.UserAsync(Admin);
        var leaver = await fixture.UserAsync("requester.rs@govdata.local");
        var colleague = await NewColleagueAsync(admin, "rs.colleague@govdata.local", "RS", Roles.Requester);
        var other = await NewColleagueAsync(admin, "ga.other@govdata.local", "GA", Roles.Requester);
        var instanceId = await OpenItemStartedByAsync(leaver.UserId, waitsForStarter: true);
        var deactivated = await fixture.Get<DeactivateUser>().ExecuteAsync(admin, leaver.UserId, "调离");
        Assert.True(deactivated.OpenItems >= 1);

        var item = Assert.Single(await fixture.Get<ListOrphanedItems>().ExecuteAsync(admin), i => i.InstanceId == instanceId);
        Assert.Equal(Roles.Requester, item.RequiredRole);
        Assert.Contains(item.Candidates, c => c.UserId == colleague);
        Assert.DoesNotContain(item.Candidates, c => c.UserId == other || c.UserId == leaver.UserId);
        Assert.Equal(AdminErrors.HandoverTargetInvalid,
            (await fixture.Get<HandOverItem>().ExecuteAsync(admin, new(instanceId, item.Revision, other, "接手"))).ErrorKey);
        Assert.Equal(AdminErrors.NotAllowed,
            (await fixture.Get<HandOverItem>().ExecuteAsync(await fixture.UserAsync("approver.ga@govdata.local"), new(instanceId, item.Revision, colleague, "接手"))).ErrorKey);

        var done = await fixture.Get<HandOverItem>().ExecuteAsync(admin, new(instanceId, item.Revision, colleague, "由同事接手"));
        var twice = await fixture.Get<HandOverItem>().ExecuteAsync(admin, new(instanceId, item.Revision, colleague, "由同事接手"));

        Assert.True(done.Succeeded, done.ErrorKey);
        Assert.Equal(AdminErrors.ItemChangedMeanwhile, twice.ErrorKey);
        await using var db = fixture.Database.CreateDbContext();
        var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == instanceId);
        Assert.Equal(colleague, instance.StartedByUserId);
        Assert.Equal(item.Revision + 1, instance.Revision);
        var entry = await db.WorkflowJournal.SingleAsync(e => e.InstanceId == instanceId && e.Sequence == instance.Revision);
        Assert.Equal(HandOverItem.Trigger, entry.Trigger);
        Assert.Equal(admin.UserId, entry.ActorUserId);
        Assert.Equal("由同事接手", entry.Comment);
        Assert.Contains(await db.AuditEntries.Where(e => e.Action == AdminAudit.ItemHandedOver).Select(e => e.Summary).ToListAsync(),
            s => s!.Contains("rs.colleague@govdata.local", StringComparison.Ordinal));
        Assert.DoesNotContain(await fixture.Get<ListOrphanedItems>().ExecuteAsync(admin), i => i.InstanceId == instanceId);
    }

    [Fact]
    public async Task ADistrictBureau_DoesNotSeeOrHandOver_AMunicipalDepartmentsItems()
    {
        var admin = await fixture.UserAsync(Admin);
        var leaver = await NewColleagueAsync(admin, "ga.leaver@govdata.local", "GA", Roles.Requester);
        var colleague = await NewColleagueAsync(admin, "ga.stays@govdata.local", "GA", Roles.Requester);
        var instanceId = await OpenItemStartedByAsync(leaver, waitsForStarter: false);
        await fixture.Get<DeactivateUser>().ExecuteAsync(admin, leaver, "调离");
        var district = await fixture.UserAsync("bureau.gxq@govdata.local");
        var municipal = await fixture.UserAsync("bureau@govdata.local");

        Assert.DoesNotContain(await fixture.Get<ListOrphanedItems>().ExecuteAsync(district), i => i.InstanceId == instanceId);
        var item = Assert.Single(await fixture.Get<ListOrphanedItems>().ExecuteAsync(municipal), i => i.InstanceId == instanceId);
        Assert.Null(item.RequiredRole);
        Assert.Equal(AdminErrors.ItemNotFound, (await fixture.Get<HandOverItem>().ExecuteAsync(district, new(instanceId, item.Revision, colleague, "接手"))).ErrorKey);
        Assert.True((await fixture.Get<HandOverItem>().ExecuteAsync(municipal, new(instanceId, item.Revision, colleague, "接手"))).Succeeded);
    }

    private async Task<string> NewColleagueAsync(UserContext admin, string email, string department, string role)
    {
        var created = await fixture.Get<CreateUser>().ExecuteAsync(admin, new(email, "同事" + email[..4], fixture.DepartmentIds[department], [role], "Strong#Pass2026"));
        Assert.True(created.Succeeded, created.ErrorKey);
        return (await fixture.UserAsync(email)).UserId;
    }

    private async Task<long> OpenItemStartedByAsync(string userId, bool waitsForStarter)
    {
        await using var db = fixture.Database.WriteContext(await fixture.UserAsync(Admin));
        var instance = new WorkflowInstance("ShareRequest", 1, "ShareRequest", Guid.NewGuid().ToString("N"), fixture.DepartmentIds["GA"],
            fixture.DepartmentIds["RS"], "Submitted", userId, DateTime.UtcNow, new DateOnly(2026, 3, 2), "交接测试");
        if (waitsForStarter)
        {
            instance.AssignToInitiator(Roles.Requester);
        }
        else
        {
            instance.Assign(fixture.DepartmentIds["GA"], Roles.Approver);
        }

        db.WorkflowInstances.Add(instance);
        db.WorkflowJournal.Add(new WorkflowJournalEntry(instance, string.Empty, "Start", userId, "测试", null, null, "{}", null, DateTime.UtcNow));
        await db.SaveChangesAsync();
        return instance.Id;
    }
}

public sealed class HandOverItemTests(AdministrationFixture fixture) : HandOverItemTestsCases(fixture), IClassFixture<AdministrationFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class HandOverItemTestsOnPostgreSql(PostgreSqlAdministrationFixture fixture) : HandOverItemTestsCases(fixture), IClassFixture<PostgreSqlAdministrationFixture>;
