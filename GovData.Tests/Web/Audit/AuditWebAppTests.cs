using GovData.Domain.Audit;
using System.Net;
using GovData.Tests.Support;
using GovData.Web.Components;
using GovData.Workflows.Audit;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using GovData.Workflows.Seeding;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Audit;

/// <summary>
/// The real app: its own sign-in manager (as the login page gets it) writes every attempt to the audit chain, the
/// demo seed leaves an intact chain, and the audit page refuses anonymous visitors.
/// </summary>
public sealed class AuditWebAppTests(GovDataWebApplicationFactory factory) : IClassFixture<GovDataWebApplicationFactory>
{
    [Fact]
    public async Task AuditPage_Anonymous_RedirectsToSignIn()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(AppRoutes.AdminAudit);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoSeed_IsAuditedWithoutSecrets()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<GovDataDbContext>>().CreateDbContextAsync();

        var users = await db.AuditEntries.CountAsync(e => e.Action == AuditActions.Insert && e.EntityType == "ApplicationUser");
        var departments = await db.AuditEntries.CountAsync(e => e.Action == AuditActions.Insert && e.EntityType == "Department");
        var leaked = await db.AuditEntries.CountAsync(e => e.Summary!.Contains("AQAAAA"));

        Assert.Equal(DemoUsers.All.Count, users);
        Assert.Equal(8, departments);
        Assert.Equal(0, leaked);
    }

    [Fact]
    public async Task PasswordSignIn_Success_WritesSignInRow()
    {
        var (result, row) = await SignInAsync("catalog.ga@govdata.local", DemoDataSeeder.DemoPassword);

        Assert.True(result.Succeeded);
        Assert.Equal(AuditActions.SignIn, row.Action);
        Assert.Equal("赵目录管理员", row.UserName);
        Assert.NotNull(row.UserId);
        Assert.Equal(row.UserId, row.EntityKey);
        Assert.Contains("catalog.ga@govdata.local", row.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordSignIn_BadPassword_WritesSignInFailedRow()
    {
        var (result, row) = await SignInAsync("requester.rs@govdata.local", "wrong-password");

        Assert.False(result.Succeeded);
        Assert.Equal(AuditActions.SignInFailed, row.Action);
        Assert.NotNull(row.UserId);
        Assert.Contains(nameof(SignInFailure.BadPassword), row.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", row.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordSignIn_UnknownUser_RecordsTheAttemptedName()
    {
        var (result, row) = await SignInAsync("nobody@example.com", "whatever1");

        Assert.False(result.Succeeded);
        Assert.Equal(AuditActions.SignInFailed, row.Action);
        Assert.Null(row.UserId);
        Assert.Null(row.EntityKey);
        Assert.Equal("nobody@example.com", row.UserName);
        Assert.Contains(nameof(SignInFailure.UnknownUser), row.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordSignIn_FifthBadPassword_WritesLockedOutRow()
    {
        const string user = "security.jt@govdata.local";
        for (var attempt = 1; attempt < 5; attempt++)
        {
            var (failed, row) = await SignInAsync(user, "wrong-password");
            Assert.False(failed.IsLockedOut);
            Assert.Equal(AuditActions.SignInFailed, row.Action);
        }

        var (result, locked) = await SignInAsync(user, "wrong-password");
        var (again, stillLocked) = await SignInAsync(user, DemoDataSeeder.DemoPassword);

        Assert.True(result.IsLockedOut);
        Assert.Equal(AuditActions.LockedOut, locked.Action);
        Assert.True(again.IsLockedOut);
        Assert.Equal(AuditActions.LockedOut, stillLocked.Action);
    }

    [Fact]
    public async Task SignOut_WritesSignOutRow()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        var user = await manager.UserManager.FindByNameAsync("lead.wj@govdata.local");
        manager.Context = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = await manager.CreateUserPrincipalAsync(user!),
        };

        await manager.SignOutAsync();

        var row = await LastRowAsync();
        Assert.Equal(AuditActions.SignOut, row.Action);
        Assert.Equal(user!.Id, row.UserId);
    }

    [Fact]
    public async Task SignInRows_KeepTheChainIntact()
    {
        await SignInAsync("approver.zrzy@govdata.local", "wrong-password");
        await SignInAsync("approver.zrzy@govdata.local", DemoDataSeeder.DemoPassword);

        await using var scope = factory.Services.CreateAsyncScope();
        var verifier = scope.ServiceProvider.GetRequiredService<VerifyAuditChain>();
        var report = await verifier.VerifyAsync(CancellationToken.None);
        Assert.True(report.Intact, report.Fault?.ToString());
    }

    private async Task<(SignInResult Result, AuditEntry Row)> SignInAsync(string userName, string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        manager.Context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var result = await manager.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: true);
        return (result, await LastRowOfAsync(userName));
    }

    private async Task<AuditEntry> LastRowOfAsync(string userName)
    {
        var factoryOfContexts = factory.Services.GetRequiredService<IDbContextFactory<GovDataDbContext>>();
        await using var db = await factoryOfContexts.CreateDbContextAsync();
        var pattern = $"%\"userName\":\"{userName}\"%";
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action.StartsWith("SignIn") || e.Action == AuditActions.LockedOut)
            .Where(e => EF.Functions.Like(e.Summary, pattern))
            .OrderByDescending(e => e.Sequence)
            .FirstAsync();
    }

    private async Task<AuditEntry> LastRowAsync()
    {
        var factoryOfContexts = factory.Services.GetRequiredService<IDbContextFactory<GovDataDbContext>>();
        await using var db = await factoryOfContexts.CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstAsync();
    }
}
