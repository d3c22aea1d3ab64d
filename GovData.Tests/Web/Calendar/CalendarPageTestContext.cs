using System.Globalization;
using System.Security.Claims;
using Bunit;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using GovData.Workflows.Seeding;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;

namespace GovData.Tests.Web.Calendar;

/// <summary>
/// bUnit over the real calendar use cases on a seeded SQLite database (2025 and 2026 loaded), "today" being
/// 2026-11-20 in China, signed in as a system administrator.
/// </summary>
public abstract class CalendarPageTestContext : BunitContext, IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        await new CalendarSeeder(_database.UnitOfWork(Time), Time).SeedAsync();
        Services.AddLogging();
        Services.AddLocalization();
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton<IDbContextFactory<GovDataDbContext>>(_database);
        Services.AddGovDataCalendar();
        JSInterop.Mode = JSRuntimeMode.Loose;
        var authorization = AddAuthorization();
        authorization.SetAuthorized("admin@govdata.local");
        authorization.SetRoles(Roles.SystemAdmin);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, "admin-id"));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        // MudBlazor's services dispose only asynchronously.
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>Renders the providers pages rely on (popovers for selects, dialogs) and the page at the given URL.</summary>
    protected IRenderedComponent<TPage> RenderPage<TPage>(string url, string culture = "zh-CN")
        where TPage : IComponent
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return Render<TPage>();
    }

    protected IRenderedComponent<MudDialogProvider> RenderDialogProvider() => Render<MudDialogProvider>();
}
