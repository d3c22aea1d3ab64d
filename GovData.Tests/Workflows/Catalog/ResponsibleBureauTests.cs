using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Calendar;
using GovData.Workflows.Catalog;
using GovData.Workflows.Deadlines;
using GovData.Workflows.Identity;
using GovData.Workflows.Inbox;
using GovData.Workflows.Mail;
using GovData.Workflows.Notifications;
using GovData.Workflows.Runtime;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovData.Tests.Workflows.Catalog;

/// <summary>Catalog review V2 (decision 0017): the responsible bureau's inbox, no buttons that only refuse, the
/// return comment in the notification, and a ladder that stays inside the reviewing bureau.</summary>
public abstract class ResponsibleBureauTestsCases(CatalogReviewFixture fixture)
{
    private static readonly string[] BureauSteps = [CatalogReviewWorkflowV1.Publish, CatalogReviewWorkflowV1.Return, WorkflowBuilder.Cancel, WorkflowBuilder.Reassign, WorkflowBuilder.SetDeadline];

    [Fact]
    public async Task DistrictEntry_GoesToTheDistrictBureau_ReturnCommentReachesTheDepartment_OverdueEscalatesInsideTheBureau()
    {
        var (district, bureauLead) = await DistrictAsync();
        var districtBureau = await fixture.UserAsync("bureau.gxq@govdata.local");
        var saved = await fixture.Get<SaveCatalogDraft>().ExecuteAsync(district, new SaveCatalogDraftCommand(null, TestCatalog.Content("3.06.010/GXQJS-0001", "建设工程许可信息")));
        Assert.True(saved.Succeeded, saved.ErrorKey);

        var submitted = await fixture.Get<SubmitCatalogDraft>().ExecuteAsync(district, saved.ResourceId!.Value);

        Assert.True(submitted.Succeeded, submitted.ErrorKey);
        var id = submitted.InstanceId!.Value;
        var instance = await InstanceAsync(id);
        Assert.Equal((2, fixture.DepartmentIds["GXQSJJ"]), (instance.DefinitionVersion, instance.AssigneeDepartmentId!.Value));
        Assert.Contains((await fixture.Get<GetInbox>().ExecuteAsync(districtBureau, new InboxFilter())).Rows, r => r.InstanceId == id);
        Assert.Subset(
            (await fixture.Get<GetAvailableActions>().ExecuteAsync(id, districtBureau)).Select(a => a.Trigger).ToHashSet(),
            BureauSteps.ToHashSet());

        var returned = await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(id, CatalogReviewWorkflowV1.Return, Comment: "请补充数据摘要"), districtBureau);
        Assert.True(returned.Succeeded, returned.MessageKey);
        await using (var db = fixture.Database.CreateDbContext())
        {
            var told = await db.Notifications.AsNoTracking()
                .Where(n => n.RecipientUserId == district.UserId && n.MessageKey == "Workflow.Notification.CatalogReview.Returned")
                .SingleAsync();
            Assert.Contains("请补充数据摘要", told.Arguments());
        }

        Assert.True((await fixture.Get<SubmitCatalogDraft>().ExecuteAsync(district, saved.ResourceId!.Value)).Succeeded);
        var due = (await InstanceAsync(id)).DueOn!.Value;
        var calendar = await fixture.Get<WorkingDayCalendarProvider>().GetAsync();
        // Two working days past the due date: the overdue notice and the first step (after 1 working day).
        var day = calendar.AddWorkingDays(due, 2);
        fixture.SetChinaTime(day.ToDateTime(new TimeOnly(10, 0)));
        await new DeadlineSweep(
            fixture.Database, fixture.Database.UnitOfWork(fixture.Time), fixture.Get<WorkingDayCalendarProvider>(), EscalationSettings.From(null, fixture.Get<WorkflowProcesses>().All),
            fixture.Get<NotificationOutbox>(), fixture.Get<NotificationHub>(), fixture.Time, NullLogger<DeadlineSweep>.Instance).SweepAsync();

        await using var check = fixture.Database.CreateDbContext();
        var link = "/workflows/" + id;
        var escalated = await check.Notifications.AsNoTracking()
            .Where(n => n.Link == link && n.MessageKey == DeadlineSweep.EscalatedKey).Select(n => n.RecipientUserId).ToListAsync();
        Assert.Equal([bureauLead], escalated);
        Assert.Equal(1, (await InstanceAsync(id)).EscalationLevel);
    }

    [Fact]
    public async Task MunicipalEntry_DistrictOfficerIsOfferedNoBureauStep_MunicipalOfficerIs()
    {
        var catalog = await fixture.UserAsync("catalog.ga@govdata.local");
        var saved = await fixture.Get<SaveCatalogDraft>().ExecuteAsync(catalog, new SaveCatalogDraftCommand(null, TestCatalog.Content("3.06.011/GA-0211", "港澳通行证签注信息")));
        var submitted = await fixture.Get<SubmitCatalogDraft>().ExecuteAsync(catalog, saved.ResourceId!.Value);
        var id = submitted.InstanceId!.Value;

        Assert.Equal(fixture.DepartmentIds["SJJ"], (await InstanceAsync(id)).AssigneeDepartmentId);
        var districtOfficer = await fixture.UserAsync("bureau.gxq@govdata.local");
        Assert.Empty(await fixture.Get<GetAvailableActions>().ExecuteAsync(id, districtOfficer));
        // Nor is it in the district bureau's inbox (Art. 5: a district bureau acts on its district), but in the city's.
        Assert.DoesNotContain((await fixture.Get<GetInbox>().ExecuteAsync(districtOfficer, new InboxFilter(PageSize: InboxFilter.MaxPageSize))).Rows, r => r.InstanceId == id);
        Assert.Contains((await fixture.Get<GetInbox>().ExecuteAsync(await fixture.UserAsync("bureau@govdata.local"), new InboxFilter(PageSize: InboxFilter.MaxPageSize))).Rows, r => r.InstanceId == id);
        Assert.Equal(
            BureauSteps.Order(StringComparer.Ordinal),
            (await fixture.Get<GetAvailableActions>().ExecuteAsync(id, await fixture.UserAsync("bureau@govdata.local"))).Select(a => a.Trigger).Order(StringComparer.Ordinal));
    }

    private async Task<GovData.Domain.Workflows.WorkflowInstance> InstanceAsync(long id)
    {
        await using var db = fixture.Database.CreateDbContext();
        return await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == id);
    }

    /// <summary>A district department of the high-tech zone with its catalog manager, approver and lead, and a lead for
    /// the zone's bureau; returns the catalog manager and the bureau lead's id.</summary>
    private async Task<(UserContext CatalogManager, string BureauLead)> DistrictAsync()
    {
        await using var db = fixture.Database.WriteContext();
        if (!await db.Departments.AnyAsync(d => d.Code == "GXQJS"))
        {
            db.Departments.Add(new Department("GXQJS", "高新区建设局", DepartmentLevel.District, DepartmentKind.Government, fixture.DepartmentIds["GXQSJJ"]));
            await db.SaveChangesAsync();
            var districtId = await db.Departments.Where(d => d.Code == "GXQJS").Select(d => d.Id).SingleAsync();
            await AddUserAsync(db, "catalog.gxqjs@govdata.local", districtId, Roles.CatalogManager);
            await AddUserAsync(db, "approver.gxqjs@govdata.local", districtId, Roles.Approver);
            await AddUserAsync(db, "lead.gxqjs@govdata.local", districtId, Roles.DepartmentLead);
            await AddUserAsync(db, "lead.gxqsjj@govdata.local", fixture.DepartmentIds["GXQSJJ"], Roles.DepartmentLead);
        }

        var lead = await db.Users.Where(u => u.Email == "lead.gxqsjj@govdata.local").Select(u => u.Id).SingleAsync();
        return (await fixture.UserAsync("catalog.gxqjs@govdata.local"), lead);
    }

    private static async Task AddUserAsync(GovData.Workflows.Persistence.GovDataDbContext db, string email, int departmentId, string role)
    {
        var user = new ApplicationUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = email,
            DepartmentId = departmentId,
        };
        db.Users.Add(user);
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        await db.SaveChangesAsync();
    }
}

public sealed class ResponsibleBureauTests(CatalogReviewFixture fixture) : ResponsibleBureauTestsCases(fixture), IClassFixture<CatalogReviewFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class ResponsibleBureauTestsOnPostgreSql(PostgreSqlCatalogReviewFixture fixture) : ResponsibleBureauTestsCases(fixture), IClassFixture<PostgreSqlCatalogReviewFixture>;
