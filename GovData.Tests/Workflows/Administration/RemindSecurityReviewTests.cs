using GovData.Workflows.Administration;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Administration;

/// <summary>Art. 31: the officer of a department whose assessment or drill is too old is reminded once per period.</summary>
public abstract class RemindSecurityReviewTestsCases(AdministrationFixture fixture)
{
    [Fact]
    public async Task TheOfficerOfAnOverdueDepartment_IsRemindedOnce_AndAgainAfterThePeriod()
    {
        var admin = await fixture.UserAsync("admin@govdata.local");
        var officer = await fixture.UserAsync("security.scjg@govdata.local");
        var upToDate = await fixture.UserAsync("security.rs@govdata.local");
        // Fixture clock: 2026-03-02 in China. SCJG's drill is more than a year old; RS did both this winter.
        Assert.True((await fixture.Get<RecordDepartmentSecurity>().ExecuteAsync(admin, fixture.DepartmentIds["SCJG"],
            new DepartmentSecurity(officer.UserId, new DateOnly(2025, 6, 1), new DateOnly(2025, 2, 27)), "年度检查")).Succeeded);
        Assert.True((await fixture.Get<RecordDepartmentSecurity>().ExecuteAsync(admin, fixture.DepartmentIds["RS"],
            new DepartmentSecurity(upToDate.UserId, new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 6)), "年度检查")).Succeeded);

        var first = await fixture.Get<RemindSecurityReview>().RunAsync(CancellationToken.None);
        var again = await fixture.Get<RemindSecurityReview>().RunAsync(CancellationToken.None);
        fixture.SetChinaTime(new DateTime(2026, 9, 1, 10, 0, 0));
        var laterThatYear = await fixture.Get<RemindSecurityReview>().RunAsync(CancellationToken.None);
        fixture.SetChinaTime(new DateTime(2027, 3, 3, 10, 0, 0));
        var nextPeriod = await fixture.Get<RemindSecurityReview>().RunAsync(CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal(0, again);
        Assert.Equal(0, laterThatYear);
        // A year on, RS's own dates are overdue too: both officers are reminded.
        Assert.Equal(2, nextPeriod);
        await using var db = fixture.Database.CreateDbContext();
        var reminders = await db.Notifications.Where(n => n.MessageKey == RemindSecurityReview.MessageKey).ToListAsync();
        Assert.Equal(2, reminders.Count(n => n.RecipientUserId == officer.UserId));
        Assert.Equal(1, reminders.Count(n => n.RecipientUserId == upToDate.UserId));
        Assert.Contains("2025-02-27", reminders.First(n => n.RecipientUserId == officer.UserId).MessageArguments, StringComparison.Ordinal);
        Assert.Equal(2, await db.OutboxEmails.CountAsync(m => m.IdempotencyKey.StartsWith("security-review:" + fixture.DepartmentIds["SCJG"] + ":")));
    }
}

public sealed class RemindSecurityReviewTests(AdministrationFixture fixture) : RemindSecurityReviewTestsCases(fixture), IClassFixture<AdministrationFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class RemindSecurityReviewTestsOnPostgreSql(PostgreSqlAdministrationFixture fixture) : RemindSecurityReviewTestsCases(fixture), IClassFixture<PostgreSqlAdministrationFixture>;
