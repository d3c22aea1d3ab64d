using GovData.Domain.Identity;
using GovData.Tests.Support;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Audit;

/// <summary>
/// A <see cref="SqliteTestDatabase"/> with a fake clock: contexts written through name their actor and that clock, as the
/// unit of work gives them in the app (no fallback to the system clock).
/// </summary>
internal sealed class AuditTestDatabase : IDbContextFactory<GovDataDbContext>, IAsyncDisposable
{
    private AuditTestDatabase(SqliteTestDatabase database)
    {
        Database = database;
    }

    public static DateTimeOffset Start { get; } = new(2026, 3, 2, 1, 30, 0, TimeSpan.Zero);

    public SqliteTestDatabase Database { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public static UserContext Admin { get; } =
        new("admin-id", "系统管理员", 1, true, new HashSet<string> { Roles.SystemAdmin });

    public static UserContext Approver { get; } =
        new("approver-id", "赵审核人", 3, false, new HashSet<string> { Roles.Approver });

    public static async Task<AuditTestDatabase> CreateAsync(TestProvider provider = TestProvider.Sqlite) => new(await TestDatabase.CreateAsync(provider));

    public GovDataDbContext CreateDbContext() => Database.CreateDbContext();

    /// <summary>A context whose saves are audited as <paramref name="actor"/> (the system if null) at <see cref="Time"/>.</summary>
    public GovDataDbContext WriteContext(UserContext? actor = null) => Database.CreateDbContext().Attribute(actor, Time);

    public UnitOfWork UnitOfWork() => Database.UnitOfWork(Time);

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();
}
