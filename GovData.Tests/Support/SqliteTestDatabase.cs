using GovData.Domain.Identity;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using GovData.Workflows.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Support;

/// <summary>
/// A real SQLite database in a fresh temporary file, migrated with the shipped migrations (never the InMemory
/// provider), used under a retrying execution strategy (<see cref="RetryingTestExecutionStrategy"/>): a write outside
/// the unit of work fails here as it would on SQL Server. Dispose deletes it.
/// </summary>
public sealed class SqliteTestDatabase : IDbContextFactory<GovDataDbContext>, IAsyncDisposable
{
    private readonly DbContextOptions<SqliteGovDataDbContext> _options;

    private SqliteTestDatabase(string directory)
    {
        Directory = directory;
        FilePath = Path.Combine(directory, "govdata-test.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();
        var builder = new DbContextOptionsBuilder<SqliteGovDataDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(builder, ConnectionString);
        builder.UseSqlite(ConnectionString, o => o.ExecutionStrategy(d => new RetryingTestExecutionStrategy(d)));
        builder.AddInterceptors(Failures);
        _options = builder.Options;
    }

    /// <summary>Simulates a server database's transient failures (retried by the strategy).</summary>
    public TransientFailureInjector Failures { get; } = new();

    /// <summary>The clock of <see cref="WriteContext"/> and of <see cref="UnitOfWork"/> when none is given.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 1, 0, 0, TimeSpan.Zero));

    public string Directory { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "govdata-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var database = new SqliteTestDatabase(directory);
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        return database;
    }

    /// <summary>A migrated database with the holiday calendar and the demo city (departments, users, resources).</summary>
    public static async Task<SqliteTestDatabase> CreateSeededAsync()
    {
        var database = await CreateAsync();
        await database.SeedAsync(demoData: true);
        return database;
    }

    public GovDataDbContext CreateDbContext() => new SqliteGovDataDbContext(_options);

    /// <summary>The unit of work over this database, with the test's clock.</summary>
    public UnitOfWork UnitOfWork(TimeProvider? clock = null) => new(this, clock ?? Clock);

    /// <summary>A context a test writes its set-up through (audited as <paramref name="actor"/>, the system if null).</summary>
    public GovDataDbContext WriteContext(UserContext? actor = null) => CreateDbContext().Attribute(actor, Clock);

    /// <summary>Runs the app's own seeders (calendar, and the demo city when asked) against this database.</summary>
    public async Task SeedAsync(bool demoData)
    {
        await using var services = BuildSeedingServices();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RoleSeeder>().SeedAsync();
        await scope.ServiceProvider.GetRequiredService<CalendarSeeder>().SeedAsync();
        if (demoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }
    }

    /// <summary>The ids of departments by code, e.g. <c>ids["GA"]</c>.</summary>
    /// <summary>The seeded user with this e-mail as the use cases see them: roles, department, data-bureau flag.</summary>
    public async Task<UserContext> UserAsync(string email)
    {
        await using var db = CreateDbContext();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync();
        var department = user.DepartmentId is { } id ? await db.Departments.SingleAsync(d => d.Id == id) : null;
        var supervised = department is null ? null : await GovData.Workflows.Identity.BureauScope.SupervisedDepartmentIdsAsync(db, department);
        return new UserContext(user.Id, user.DisplayName, user.DepartmentId, department?.IsDataBureau == true, roles.ToHashSet(StringComparer.Ordinal), supervised);
    }

    public async Task<IReadOnlyDictionary<string, int>> DepartmentIdsAsync()
    {
        await using var db = CreateDbContext();
        return await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id);
    }

    private ServiceProvider BuildSeedingServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<GovDataDbContext>>(this);
        services.AddScoped(_ => WriteContext());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddGovDataUnitOfWork();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<CalendarSeeder>();
        services.AddScoped<DemoDataSeeder>();
        // Demo passwords hashed with few iterations: the seed runs in many tests, and nothing here tests hashing.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        services.AddIdentityCore<ApplicationUser>(o => o.User.RequireUniqueEmail = true)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GovDataDbContext>();
        return services.BuildServiceProvider();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finished test is left for the OS temp cleaner.
        }

        return ValueTask.CompletedTask;
    }
}
