using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Workflows;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Persistence;

/// <summary>
/// What <c>dotnet run</c> does to a fresh data folder: the app's own registrations and initializer against an empty
/// file create the schema, switch to WAL, load the calendars and seed the demo city, and a second start changes nothing.
/// </summary>
public sealed class DatabaseInitializerTests : IAsyncLifetime
{
    private const int BusyTimeout = 2345;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "govdata-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = default!;

    public Task InitializeAsync()
    {
        // A relative path, as in appsettings.json: resolved against the settings folder, its folder created.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:GovData"] = "Data Source=data/govdata.db",
            ["Database:Provider"] = "Sqlite",
            ["Database:MigrateOnStartup"] = "true",
            ["Database:SeedDemoData"] = "true",
            ["Database:SqliteBusyTimeoutMilliseconds"] = BusyTimeout.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero)));
        services.AddGovDataPersistence(configuration, _directory);
        services.AddGovDataWorkflows();
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        services.AddIdentityCore<ApplicationUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GovDataDbContext>();
        _services = services.BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    [Fact]
    public async Task Initialize_OnEmptyFile_CreatesWalDatabaseWithCalendarsAndDemoCity()
    {
        var file = Path.Combine(_directory, "data", "govdata.db");
        Assert.False(File.Exists(file));

        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        Assert.True(File.Exists(file));
        await using var db = await Factory.CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal("wal", await SqliteConnectionSettingsTests.ScalarAsync<string>(db, "PRAGMA journal_mode;"));
        Assert.Equal(BusyTimeout, await SqliteConnectionSettingsTests.ScalarAsync<long>(db, "PRAGMA busy_timeout;"));
        Assert.NotEmpty(await db.Departments.ToListAsync());
    }

    [Fact]
    public async Task Initialize_Twice_ChangesNothing()
    {
        var initializer = _services.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync();
        var first = await CountsAsync();

        await initializer.InitializeAsync();

        Assert.Equal(first, await CountsAsync());
        Assert.True(first.Users > 0 && first.Resources > 0 && first.Days > 0);
    }

    [Fact]
    public async Task DemoSeed_HasTheCityTheIssueAsksFor()
    {
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await using var db = await Factory.CreateDbContextAsync();

        var departments = await db.Departments.AsNoTracking().ToListAsync();
        Assert.True(departments.Count(d => d is { Kind: DepartmentKind.Government, Level: DepartmentLevel.Municipal }) >= 6);
        Assert.Contains(departments, d => d is { Kind: DepartmentKind.DataBureau, Level: DepartmentLevel.Municipal });
        Assert.Contains(departments, d => d is { Kind: DepartmentKind.DataBureau, Level: DepartmentLevel.District });
        Assert.Equal(["GA", "JT", "RS", "SCJG", "WJ", "ZRZY"], departments.Where(d => d.Kind == DepartmentKind.Government).Select(d => d.Code).Order());

        var rolesWithUsers = await db.UserRoles
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
            .Distinct()
            .ToListAsync();
        Assert.Equal(Roles.All.Order(), rolesWithUsers.OfType<string>().Order());

        // Every staff user belongs to a department; applicants do not.
        var users = await db.Users.AsNoTracking().ToListAsync();
        Assert.All(users.Where(u => u.Email != "applicant@govdata.local"), u => Assert.NotNull(u.DepartmentId));
        Assert.Null(users.Single(u => u.Email == "applicant@govdata.local").DepartmentId);

        var resources = await db.DataResources.AsNoTracking().ToListAsync();
        Assert.InRange(resources.Count, 18, 25);
        Assert.All(departments.Where(d => d.Kind == DepartmentKind.Government), d => Assert.Contains(resources, r => r.ProviderDepartmentId == d.Id));

        Assert.Equal([2025, 2026], await db.CalendarYears.Select(y => y.Year).OrderBy(y => y).ToListAsync());
        Assert.True(await db.CalendarDays.CountAsync(d => d.Date >= new DateOnly(2025, 1, 1) && d.Date < new DateOnly(2026, 1, 1)) > 20);
        Assert.True(await db.CalendarDays.CountAsync(d => d.Date >= new DateOnly(2026, 1, 1) && d.Date < new DateOnly(2027, 1, 1)) > 20);
    }

    private IDbContextFactory<GovDataDbContext> Factory => _services.GetRequiredService<IDbContextFactory<GovDataDbContext>>();

    private async Task<(int Departments, int Users, int Roles, int Resources, int Years, int Days)> CountsAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        return (await db.Departments.CountAsync(), await db.Users.CountAsync(), await db.Roles.CountAsync(),
            await db.DataResources.CountAsync(), await db.CalendarYears.CountAsync(), await db.CalendarDays.CountAsync());
    }
}
