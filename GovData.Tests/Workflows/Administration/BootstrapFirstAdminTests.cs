using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Administration;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovData.Tests.Workflows.Administration;

/// <summary>First start on an empty, migrated database with the roles only (no demo seed).</summary>
public abstract class BootstrapFirstAdminTestsCases(TestProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = default!;
    private ServiceProvider _services = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await _database.SeedAsync(demoData: false);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<GovDataDbContext>>(_database);
        services.AddScoped(_ => _database.WriteContext());
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        services.AddIdentityCore<ApplicationUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GovDataDbContext>();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Execute_OnAnEmptyDatabase_CreatesTheBureauAndTheAdmin_AndNothingElse()
    {
        var created = await RunAsync(Complete());

        Assert.True(created);
        await using var db = _database.CreateDbContext();
        var bureau = Assert.Single(await db.Departments.ToListAsync());
        Assert.Equal(("SJJ", "市数据资源管理局", DepartmentKind.DataBureau, DepartmentLevel.Municipal), (bureau.Code, bureau.Name, bureau.Kind, bureau.Level));
        var admin = Assert.Single(await db.Users.ToListAsync());
        Assert.Equal(("root@city.gov.cn", bureau.Id), (admin.Email, admin.DepartmentId));
        Assert.Equal(Roles.SystemAdmin, await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync());
        Assert.Empty(await db.DataResources.ToListAsync());
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync("root@city.gov.cn"))!, "Root#City2026"));
    }

    [Fact]
    public async Task Execute_WithoutSettings_RefusesNamingEachMissingSetting_AndWritesNothing()
    {
        var error = await Assert.ThrowsAsync<BootstrapException>(() => RunAsync(new BootstrapOptions { AdminEmail = "root@city.gov.cn", BureauName = " " }));

        Assert.Contains("Bootstrap:AdminPassword", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bootstrap:BureauCode", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bootstrap:BureauName", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Bootstrap:AdminEmail", error.Message, StringComparison.Ordinal);
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Departments.AnyAsync());
    }

    [Theory]
    [InlineData("short1")]
    [InlineData("alllowercase")]
    public async Task Execute_WithAWeakPassword_Refuses_AndWritesNothing(string password)
    {
        var options = Complete();
        options.AdminPassword = password;

        var error = await Assert.ThrowsAsync<BootstrapException>(() => RunAsync(options));

        Assert.Contains("Bootstrap:AdminPassword", error.Message, StringComparison.Ordinal);
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Departments.AnyAsync());
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public async Task Execute_OnceAnAdminExists_IgnoresTheSettings_EvenEmptyOnes()
    {
        await RunAsync(Complete());

        var again = await RunAsync(new BootstrapOptions());
        var changed = Complete();
        changed.AdminEmail = "other@city.gov.cn";
        var third = await RunAsync(changed);

        Assert.False(again);
        Assert.False(third);
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    private static BootstrapOptions Complete() => new()
    {
        AdminEmail = "root@city.gov.cn",
        AdminPassword = "Root#City2026",
        BureauCode = "SJJ",
        BureauName = "市数据资源管理局",
    };

    private async Task<bool> RunAsync(BootstrapOptions options)
    {
        await using var scope = _services.CreateAsyncScope();
        var bootstrap = new BootstrapFirstAdmin(
            _database,
            scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(),
            NullLogger<BootstrapFirstAdmin>.Instance,
            _database.Clock);
        return await bootstrap.ExecuteAsync(options);
    }
}

public sealed class BootstrapFirstAdminTests() : BootstrapFirstAdminTestsCases(TestProvider.Sqlite);

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class BootstrapFirstAdminTestsOnPostgreSql() : BootstrapFirstAdminTestsCases(TestProvider.PostgreSql);
