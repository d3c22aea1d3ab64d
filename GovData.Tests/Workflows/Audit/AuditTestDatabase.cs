using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Audit;

/// <summary>
/// A <see cref="SqliteTestDatabase"/> whose contexts carry application services with a fake clock, the way
/// IDbContextFactory hands the app's services to EF in the running app.
/// </summary>
internal sealed class AuditTestDatabase : IDbContextFactory<GovDataDbContext>, IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly DbContextOptions<SqliteGovDataDbContext> _options;

    private AuditTestDatabase(SqliteTestDatabase database)
    {
        Database = database;
        _services = new ServiceCollection().AddSingleton<TimeProvider>(Time).BuildServiceProvider();
        var builder = new DbContextOptionsBuilder<SqliteGovDataDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(builder, database.ConnectionString);
        builder.UseApplicationServiceProvider(_services);
        _options = builder.Options;
    }

    public static DateTimeOffset Start { get; } = new(2026, 3, 2, 1, 30, 0, TimeSpan.Zero);

    public SqliteTestDatabase Database { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public static UserContext Admin { get; } =
        new("admin-id", "系统管理员", 1, true, new HashSet<string> { Roles.SystemAdmin });

    public static UserContext Approver { get; } =
        new("approver-id", "赵审核人", 3, false, new HashSet<string> { Roles.Approver });

    public static async Task<AuditTestDatabase> CreateAsync() => new(await SqliteTestDatabase.CreateAsync());

    public GovDataDbContext CreateDbContext() => new SqliteGovDataDbContext(_options);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
