using GovData.Domain.Identity;
using GovData.Domain.Integration;
using GovData.Workflows.Administration;
using GovData.Workflows.Integration;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Administration;

public abstract class UserAdministrationTestsCases(AdministrationFixture fixture)
{
    private const string Admin = "admin@govdata.local";
    private const string Password = "Strong#Pass2026";

    [Fact]
    public async Task CreateUser_InADepartmentWithRoles_CanBeListedWithThoseRoles()
    {
        var admin = await fixture.UserAsync(Admin);

        var result = await fixture.Get<CreateUser>().ExecuteAsync(admin, new("new.ga@govdata.local", "新审核人", fixture.DepartmentIds["GA"], [Roles.Approver, Roles.Requester], Password));

        Assert.True(result.Succeeded, result.ErrorKey);
        var row = Assert.Single(await fixture.Get<ListUsers>().ExecuteAsync(admin, fixture.DepartmentIds["GA"]), u => u.Email == "new.ga@govdata.local");
        Assert.Equal([Roles.Approver, Roles.Requester], row.Roles);
        Assert.True(row.IsActive);
        var context = await fixture.UserAsync("new.ga@govdata.local");
        Assert.True(context.IsInRole(Roles.Approver));
    }

    [Theory]
    [InlineData("approver.ga@govdata.local", Roles.Approver, Password, AdminErrors.EmailTaken)]
    [InlineData("APPROVER.GA@govdata.local", Roles.Approver, Password, AdminErrors.EmailTaken)]
    [InlineData("not-an-email", Roles.Approver, Password, AdminErrors.EmailInvalid)]
    [InlineData("x1@govdata.local", "Emperor", Password, AdminErrors.RoleUnknown)]
    [InlineData("x2@govdata.local", Roles.Applicant, Password, AdminErrors.RoleUnknown)]
    [InlineData("x3@govdata.local", Roles.Approver, "short", AdminErrors.PasswordWeak)]
    public async Task CreateUser_RefusesBadInput_AndCreatesNothing(string email, string role, string password, string error)
    {
        var result = await fixture.Get<CreateUser>().ExecuteAsync(await fixture.UserAsync(Admin), new(email, "某人", fixture.DepartmentIds["GA"], [role], password));

        Assert.Equal(error, result.ErrorKey);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal(email.StartsWith("approver", StringComparison.OrdinalIgnoreCase) ? 1 : 0, await db.Users.CountAsync(u => u.NormalizedEmail == email.ToUpperInvariant()));
    }

    [Fact]
    public async Task TheLastActiveSystemAdmin_CannotBeDeactivatedOrDemoted()
    {
        var admin = await fixture.UserAsync(Admin);
        await fixture.Get<CreateUser>().ExecuteAsync(admin, new("second.admin@govdata.local", "副管理员", fixture.DepartmentIds["SJJ"], [Roles.SystemAdmin], Password));
        var second = await fixture.UserAsync("second.admin@govdata.local");
        // With two admins one may go; then the remaining one is the last.
        var first = await fixture.Get<DeactivateUser>().ExecuteAsync(admin, second.UserId, "离职");

        var demote = await fixture.Get<ChangeUserRoles>().ExecuteAsync(admin, admin.UserId, [Roles.BureauOfficer], "调岗");
        var reactivated = await fixture.Get<ReactivateUser>().ExecuteAsync(admin, second.UserId, "返岗");
        var demoteSecond = await fixture.Get<ChangeUserRoles>().ExecuteAsync(admin, second.UserId, [Roles.BureauOfficer], "调岗");
        var deactivateBySecond = await fixture.Get<DeactivateUser>().ExecuteAsync(second, admin.UserId, "离职");

        Assert.True(first.Result.Succeeded, first.Result.ErrorKey);
        Assert.Equal(AdminErrors.LastAdmin, demote.ErrorKey);
        Assert.True(reactivated.Succeeded, reactivated.ErrorKey);
        Assert.True(demoteSecond.Succeeded, demoteSecond.ErrorKey);
        // The demoted second admin is no SystemAdmin any more (its context is re-read, as the next request would).
        Assert.Equal(AdminErrors.NotAllowed, (await fixture.Get<DeactivateUser>().ExecuteAsync(await fixture.UserAsync("second.admin@govdata.local"), admin.UserId, "离职")).Result.ErrorKey);
        Assert.Equal(AdminErrors.LastAdmin, deactivateBySecond.Result.ErrorKey);
    }

    [Fact]
    public async Task DeactivateUser_LocksTheAccount_RenewsTheStamp_RevokesTheirKeys_AndKeepsTheirWork()
    {
        var admin = await fixture.UserAsync(Admin);
        await fixture.Get<CreateUser>().ExecuteAsync(admin, new("leaver.jt@govdata.local", "离职者", fixture.DepartmentIds["JT"], [Roles.CatalogManager], Password));
        var leaver = await fixture.UserAsync("leaver.jt@govdata.local");
        var key = await fixture.Get<CreateApiKey>().ExecuteAsync(leaver, new CreateApiKeyCommand("同步", null));
        Assert.True(key.Succeeded, key.Outcome.ErrorKey);
        string stampBefore;
        await using (var db = fixture.Database.CreateDbContext())
        {
            stampBefore = (await db.Users.SingleAsync(u => u.Id == leaver.UserId)).SecurityStamp!;
        }

        var outcome = await fixture.Get<DeactivateUser>().ExecuteAsync(admin, leaver.UserId, "调离本单位");

        Assert.True(outcome.Result.Succeeded, outcome.Result.ErrorKey);
        Assert.Equal(1, outcome.KeysRevoked);
        await using (var db = fixture.Database.CreateDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.Id == leaver.UserId);
            Assert.NotNull(user.DeactivatedAt);
            Assert.Equal(DateTimeOffset.MaxValue, user.LockoutEnd);
            Assert.NotEqual(stampBefore, user.SecurityStamp);
            var apiKey = await db.DepartmentApiKeys.SingleAsync(k => k.CreatedByUserId == leaver.UserId);
            Assert.Equal(ApiKeyStatus.Revoked, DepartmentApiKey.StatusOf(apiKey.RevokedAtUtc, apiKey.ExpiresAtUtc, DateTime.UtcNow));
            Assert.Contains(await db.AuditEntries.Where(e => e.Action == AdminAudit.UserDeactivated && e.EntityKey == leaver.UserId).Select(e => e.Summary).ToListAsync(), s => s!.Contains("调离本单位", StringComparison.Ordinal));
        }

        var unlock = await fixture.Get<UnlockUser>().ExecuteAsync(admin, leaver.UserId, "解锁");
        Assert.Equal(AdminErrors.UserInactive, unlock.ErrorKey);
        var back = await fixture.Get<ReactivateUser>().ExecuteAsync(admin, leaver.UserId, "返聘");
        Assert.True(back.Succeeded, back.ErrorKey);
        var row = Assert.Single(await fixture.Get<ListUsers>().ExecuteAsync(admin, fixture.DepartmentIds["JT"]), u => u.Id == leaver.UserId);
        Assert.True(row.IsActive);
        Assert.False(row.IsLockedOut);
    }

    [Fact]
    public async Task ChangeUserRoles_RefusesARoleThatDoesNotExist_AndKeepsTheOldRoles()
    {
        var admin = await fixture.UserAsync(Admin);
        var target = await fixture.UserAsync("requester.wj@govdata.local");

        var result = await fixture.Get<ChangeUserRoles>().ExecuteAsync(admin, target.UserId, [Roles.Requester, "Superuser"], "调整");

        Assert.Equal(AdminErrors.RoleUnknown, result.ErrorKey);
        Assert.True((await fixture.UserAsync("requester.wj@govdata.local")).IsInRole(Roles.Requester));
    }

    [Fact]
    public async Task DeactivateUser_Yourself_IsRefused()
    {
        var admin = await fixture.UserAsync(Admin);

        var result = await fixture.Get<DeactivateUser>().ExecuteAsync(admin, admin.UserId, "测试");

        Assert.Equal(AdminErrors.NotYourself, result.Result.ErrorKey);
    }
}

public sealed class UserAdministrationTests(AdministrationFixture fixture) : UserAdministrationTestsCases(fixture), IClassFixture<AdministrationFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class UserAdministrationTestsOnPostgreSql(PostgreSqlAdministrationFixture fixture) : UserAdministrationTestsCases(fixture), IClassFixture<PostgreSqlAdministrationFixture>;
