using GovData.Workflows.Administration;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Administration;

public abstract class ResetUserPasswordTestsCases(AdministrationFixture fixture)
{
    private const string Admin = "admin@govdata.local";

    [Fact]
    public async Task Reset_GivesATemporaryPassword_ThatMustBeChanged_EndsSessions_AndIsAuditedWithWhoAndWhy()
    {
        var admin = await fixture.UserAsync(Admin);
        var target = await fixture.UserAsync("catalog.ga@govdata.local");
        string stampBefore;
        await using (var db = fixture.Database.WriteContext(admin))
        {
            var before = await db.Users.SingleAsync(u => u.Id == target.UserId);
            stampBefore = before.SecurityStamp!;
            before.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(10);
            await db.SaveChangesAsync();
        }

        var outcome = await fixture.Get<ResetUserPassword>().ExecuteAsync(admin, target.UserId, "忘记密码，本人电话申请");

        Assert.True(outcome.Result.Succeeded, outcome.Result.ErrorKey);
        Assert.NotNull(outcome.TemporaryPassword);
        Assert.True(outcome.TemporaryPassword!.Length >= 12);
        await using (var db = fixture.Database.CreateDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.Id == target.UserId);
            Assert.True(user.MustChangePassword);
            Assert.Null(user.LockoutEnd);
            Assert.NotEqual(stampBefore, user.SecurityStamp);
            var hasher = new PasswordHasher<ApplicationUser>();
            Assert.NotEqual(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, user.PasswordHash!, outcome.TemporaryPassword));
            Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, user.PasswordHash!, "GovData#2026"));
            var audit = await db.AuditEntries.SingleAsync(e => e.Action == AdminAudit.UserPasswordReset && e.EntityKey == target.UserId);
            Assert.Equal(admin.UserId, audit.UserId);
            Assert.Contains("忘记密码，本人电话申请", audit.Summary, StringComparison.Ordinal);
            Assert.DoesNotContain(outcome.TemporaryPassword, audit.Summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TwoResets_GiveDifferentPasswords()
    {
        var admin = await fixture.UserAsync(Admin);
        var target = await fixture.UserAsync("lead.ga@govdata.local");

        var first = await fixture.Get<ResetUserPassword>().ExecuteAsync(admin, target.UserId, "一");
        var second = await fixture.Get<ResetUserPassword>().ExecuteAsync(admin, target.UserId, "二");

        Assert.NotEqual(first.TemporaryPassword, second.TemporaryPassword);
    }

    [Theory]
    [InlineData("approver.ga@govdata.local", "catalog.ga@govdata.local", "原因", AdminErrors.NotAllowed)]
    [InlineData(Admin, "catalog.ga@govdata.local", " ", AdminErrors.ReasonRequired)]
    [InlineData(Admin, Admin, "原因", AdminErrors.NotYourself)]
    public async Task Reset_IsRefused_AndChangesNothing(string actor, string target, string reason, string error)
    {
        var who = await fixture.UserAsync(actor);
        var account = await fixture.UserAsync(target);
        await using var before = fixture.Database.CreateDbContext();
        var hashBefore = await before.Users.Where(u => u.Id == account.UserId).Select(u => u.PasswordHash).SingleAsync();

        var outcome = await fixture.Get<ResetUserPassword>().ExecuteAsync(who, account.UserId, reason);

        Assert.Equal(error, outcome.Result.ErrorKey);
        Assert.Null(outcome.TemporaryPassword);
        await using var after = fixture.Database.CreateDbContext();
        Assert.Equal(hashBefore, await after.Users.Where(u => u.Id == account.UserId).Select(u => u.PasswordHash).SingleAsync());
    }

    [Fact]
    public async Task Reset_OfADeactivatedUser_IsRefused()
    {
        var admin = await fixture.UserAsync(Admin);
        var target = await fixture.UserAsync("requester.rs@govdata.local");
        await fixture.Get<DeactivateUser>().ExecuteAsync(admin, target.UserId, "离职");

        var outcome = await fixture.Get<ResetUserPassword>().ExecuteAsync(admin, target.UserId, "重置");

        Assert.Equal(AdminErrors.UserInactive, outcome.Result.ErrorKey);
    }
}

public sealed class ResetUserPasswordTests(AdministrationFixture fixture) : ResetUserPasswordTestsCases(fixture), IClassFixture<AdministrationFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class ResetUserPasswordTestsOnPostgreSql(PostgreSqlAdministrationFixture fixture) : ResetUserPasswordTestsCases(fixture), IClassFixture<PostgreSqlAdministrationFixture>;
