using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using GovData.Tests.Support;
using GovData.Tests.Workflows.Dashboard;
using GovData.Web.Components.Pages.Notifications;
using GovData.Workflows;
using GovData.Workflows.Identity;
using GovData.Workflows.Notifications;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;

namespace GovData.Tests.Web.Shell;

/// <summary>
/// bUnit context for the shell: MudBlazor, the real localization resources, the real use cases over a real SQLite
/// database seeded with <see cref="ShellTestData"/>, a fake clock and a fake signed-in user.
/// </summary>
public abstract class ShellTestContext : BunitContext, IAsyncLifetime
{
    // 2026-11-26 10:00 in Shanghai.
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));

    protected SqliteTestDatabase Database { get; private set; } = default!;

    protected ShellTestData Data { get; private set; } = default!;

    /// <summary>
    /// The culture is set here, not in InitializeAsync: a culture set inside an async method does not flow back out
    /// of it to the test method. (It is an async-local value, so it does not leak into other tests either.)
    /// </summary>
    protected ShellTestContext() => UseCulture("zh-CN");

    public virtual async Task InitializeAsync()
    {
        Database = await SqliteTestDatabase.CreateAsync();
        Data = await ShellTestData.SeedAsync(Database, 2025, 2026);

        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton<IDbContextFactory<GovDataDbContext>>(Database);
        Services.AddGovDataWorkflows();
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddScoped<NotificationEvents>();
        Services.AddSingleton<AntiforgeryStateProvider, FakeAntiforgeryStateProvider>();
        Services.AddSingleton(new DatabaseOptions());
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }

    protected static void UseCulture(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>Signs in as one of <see cref="ShellTestData"/>'s users, with the claims GovData puts in the cookie.</summary>
    protected void SignIn(string userId, string displayName, (int Id, string Name, bool IsBureau)? department, params string[] roles)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(displayName);
        auth.SetRoles(roles);
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, userId),
            new(GovDataClaims.DisplayName, displayName),
        ];
        if (department is { } d)
        {
            claims.Add(new Claim(GovDataClaims.DepartmentId, d.Id.ToString(CultureInfo.InvariantCulture)));
            claims.Add(new Claim(GovDataClaims.DepartmentName, d.Name));
            claims.Add(new Claim(GovDataClaims.DepartmentIsDataBureau, d.IsBureau ? "true" : "false"));
            if (d.IsBureau)
            {
                claims.Add(GovDataClaims.Supervised(null));
            }
        }

        auth.SetClaims([.. claims]);
    }

    protected void SignInAsAdmin() =>
        SignIn(ShellTestData.AdminId, "系统管理员", (Data.BureauDepartmentId, "市大数据管理局", true), GovData.Domain.Identity.Roles.SystemAdmin);

    protected void SignInAsApprover() =>
        SignIn(ShellTestData.GaApproverId, "赵审核人", (Data.GaDepartmentId, "市公安局", false), GovData.Domain.Identity.Roles.Approver);

    protected void SignInAsApplicant() =>
        SignIn(ShellTestData.ApplicantId, "李市民", null, GovData.Domain.Identity.Roles.Applicant);

    protected async Task SendNotificationsAsync(string userId, int count, string key = "Notification.Welcome")
    {
        var send = new SendNotification(Database, Time);
        for (var i = 0; i < count; i++)
        {
            await send.ExecuteAsync(userId, key, [$"#{i + 1}"], "/notifications");
            Time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private sealed class FakeAntiforgeryStateProvider : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
