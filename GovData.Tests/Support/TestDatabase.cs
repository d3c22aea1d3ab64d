using GovData.Domain.Identity;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using GovData.Workflows.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace GovData.Tests.Support;

/// <summary>The databases the tests run on (decision 0030): SQLite, the default, and PostgreSQL, the server database.</summary>
public enum TestProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// A real database of its own for a test (never the InMemory provider), migrated with the shipped migrations and used
/// under a retrying execution strategy (<see cref="RetryingTestExecutionStrategy"/>): a write outside the unit of work
/// fails here as it would on a server database. SQLite: a fresh temporary file. PostgreSQL: a fresh database on the
/// server <c>GOVDATA_TEST_POSTGRES</c> names, copied from a template migrated (and seeded) once per run
/// (<see cref="PostgreSqlTemplates"/>); SQLite likewise copies a template file (<see cref="SqliteTemplates"/>). Dispose deletes it. <c>SqliteTestDatabase</c> is this class (an alias kept for
/// the tests that run on SQLite only).
/// </summary>
public sealed class TestDatabase : IDbContextFactory<GovDataDbContext>, IAsyncDisposable
{
    private readonly Func<GovDataDbContext> _create;

    private TestDatabase(TestProvider provider, string directory, string? postgreSqlDatabase)
    {
        Provider = provider;
        Directory = directory;
        FilePath = Path.Combine(directory, "govdata-test.db");
        if (provider == TestProvider.PostgreSql)
        {
            PostgreSqlDatabase = postgreSqlDatabase!;
            ConnectionString = PostgreSqlTemplates.ConnectionStringFor(PostgreSqlDatabase);
            var builder = new DbContextOptionsBuilder<PostgreSqlGovDataDbContext>();
            PersistenceServiceCollectionExtensions.ConfigurePostgreSql(builder, ConnectionString);
            builder.UseNpgsql(ConnectionString, o => o.ExecutionStrategy(d => new RetryingTestExecutionStrategy(d)));
            builder.AddInterceptors(Failures);
            var options = builder.Options;
            _create = () => new PostgreSqlGovDataDbContext(options);
        }
        else
        {
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();
            var builder = new DbContextOptionsBuilder<SqliteGovDataDbContext>();
            PersistenceServiceCollectionExtensions.ConfigureSqlite(builder, ConnectionString);
            builder.UseSqlite(ConnectionString, o => o.ExecutionStrategy(d => new RetryingTestExecutionStrategy(d)));
            builder.AddInterceptors(Failures);
            var options = builder.Options;
            _create = () => new SqliteGovDataDbContext(options);
        }
    }

    public TestProvider Provider { get; }

    /// <summary>Simulates a server database's transient failures (retried by the strategy).</summary>
    public TransientFailureInjector Failures { get; } = new();

    /// <summary>The clock of <see cref="WriteContext"/> and of <see cref="UnitOfWork"/> when none is given.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 1, 0, 0, TimeSpan.Zero));

    /// <summary>A temporary folder of the test's own (SQLite keeps its file there).</summary>
    public string Directory { get; }

    /// <summary>The SQLite file (SQLite only).</summary>
    public string FilePath { get; }

    /// <summary>The PostgreSQL database's name (PostgreSQL only).</summary>
    public string? PostgreSqlDatabase { get; }

    public string ConnectionString { get; }

    public static Task<TestDatabase> CreateAsync() => CreateAsync(TestProvider.Sqlite);

    public static async Task<TestDatabase> CreateAsync(TestProvider provider)
    {
        var directory = NewDirectory();
        if (provider == TestProvider.PostgreSql)
        {
            var name = await PostgreSqlTemplates.CopyAsync(seeded: false);
            return new TestDatabase(provider, directory, name);
        }

        var database = new TestDatabase(provider, directory, null);
        await SqliteTemplates.CopyToAsync(database.FilePath, seeded: false);
        return database;
    }

    /// <summary>A migrated database with the holiday calendar and the demo city (departments, users, resources).</summary>
    public static Task<TestDatabase> CreateSeededAsync() => CreateSeededAsync(TestProvider.Sqlite);

    /// <inheritdoc cref="CreateSeededAsync()"/>
    public static async Task<TestDatabase> CreateSeededAsync(TestProvider provider)
    {
        if (provider == TestProvider.PostgreSql)
        {
            var name = await PostgreSqlTemplates.CopyAsync(seeded: true);
            return new TestDatabase(provider, NewDirectory(), name);
        }

        var database = new TestDatabase(provider, NewDirectory(), null);
        await SqliteTemplates.CopyToAsync(database.FilePath, seeded: true);
        return database;
    }

    /// <summary>A database on <paramref name="provider"/> over an existing PostgreSQL database (the templates).</summary>
    internal static TestDatabase Over(string postgreSqlDatabase) =>
        new(TestProvider.PostgreSql, NewDirectory(), postgreSqlDatabase);

    /// <summary>A SQLite database in <paramref name="directory"/> (the templates), left as it is found.</summary>
    internal static TestDatabase OverSqliteFolder(string directory) => new(TestProvider.Sqlite, directory, null);

    public GovDataDbContext CreateDbContext() => _create();

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

    public async ValueTask DisposeAsync()
    {
        if (Provider == TestProvider.PostgreSql)
        {
            await PostgreSqlTemplates.DropAsync(PostgreSqlDatabase!);
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finished test is left for the OS temp cleaner.
        }
    }

    private static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "govdata-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }
}
