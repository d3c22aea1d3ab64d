using System.Data.Common;
using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Workflows;
using GovData.Workflows.Identity;
using GovData.Workflows.Persistence;
using GovData.Workflows.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GovData.Benchmarks;

/// <summary>A provider department of a benchmark database and its one approver.</summary>
internal sealed record BenchmarkDepartment(int Id, string Code, string ApproverUserId, string ApproverEmail)
{
    public UserContext Approver => new(ApproverUserId, ApproverEmail, Id, false, new HashSet<string> { Roles.Approver });
}

/// <summary>
/// A file SQLite database in a temp folder (or a fresh database on a PostgreSQL server), migrated with the real
/// migrations (WAL, holiday calendar seeded), and the real use cases (AddGovDataWorkflows) over it at a fixed clock.
/// Deleted on dispose.
/// </summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string _directory;

    private readonly string? _postgreSqlServer;

    private BenchmarkDatabase(string group, DateTimeOffset now, string? postgreSqlServer)
    {
        _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "govdata-bench-" + group, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        Path = System.IO.Path.Combine(_directory, group + ".db");
        _postgreSqlServer = postgreSqlServer;
        if (postgreSqlServer is null)
        {
            var builder = new DbContextOptionsBuilder<SqliteGovDataDbContext>();
            PersistenceServiceCollectionExtensions.ConfigureSqlite(builder, ConnectionString);
            builder.AddInterceptors(Commands);
            Factory = new ContextFactory(builder.Options);
        }
        else
        {
            PostgreSqlConnectionString = new NpgsqlConnectionStringBuilder(postgreSqlServer) { Database = "govdata_bench_" + Guid.NewGuid().ToString("N")[..12] }.ToString();
            var builder = new DbContextOptionsBuilder<PostgreSqlGovDataDbContext>();
            PersistenceServiceCollectionExtensions.ConfigurePostgreSql(builder, PostgreSqlConnectionString);
            builder.AddInterceptors(Commands);
            Factory = new PostgreSqlContextFactory(builder.Options);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FixedTime(now));
        services.AddSingleton<IDbContextFactory<GovDataDbContext>>(Factory);
        services.AddGovDataWorkflows();
        Services = services.BuildServiceProvider();
    }

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    /// <summary>The PostgreSQL database (created by the migration), when the benchmark runs there.</summary>
    public string? PostgreSqlConnectionString { get; }

    public IDbContextFactory<GovDataDbContext> Factory { get; }

    public ServiceProvider Services { get; }

    /// <summary>The SQL EF sends (last commands only), to show their query plans.</summary>
    public CommandRecorder Commands { get; } = new();

    public static async Task<BenchmarkDatabase> CreateAsync(string group, DateTimeOffset now, string? postgreSqlServer = null)
    {
        var database = new BenchmarkDatabase(group, now, postgreSqlServer);
        await using (var db = database.Factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            if (postgreSqlServer is null)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
            }
        }

        await using (var scope = database.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CalendarSeeder>().SeedAsync();
        }

        return database;
    }

    /// <summary>Departments D001… (municipal government) with one Approver each (approver.d001@bench.local, …).</summary>
    public async Task<List<BenchmarkDepartment>> SeedDepartmentsAndApproversAsync(int count)
    {
        // Audited writes name their actor and clock (decision 0018): the seed is the system's.
        await using var db = Factory.CreateDbContext().Attribute(null, Services.GetRequiredService<TimeProvider>());
        var role = new IdentityRole(Roles.Approver) { NormalizedName = Roles.Approver.ToUpperInvariant() };
        db.Roles.Add(role);
        var departments = Enumerable.Range(1, count)
            .Select(i => new Department($"D{i:000}", $"部门{i}", DepartmentLevel.Municipal, DepartmentKind.Government))
            .ToList();
        db.Departments.AddRange(departments);
        await db.SaveChangesAsync();
        var seeded = new List<BenchmarkDepartment>(count);
        foreach (var department in departments)
        {
            var email = $"approver.{department.Code.ToLowerInvariant()}@bench.local";
            var user = new ApplicationUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = "审核人" + department.Code,
                DepartmentId = department.Id,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
            seeded.Add(new BenchmarkDepartment(department.Id, department.Code, user.Id, email));
        }

        await db.SaveChangesAsync();
        return seeded;
    }

    /// <summary>Lines of <c>EXPLAIN QUERY PLAN</c> (SQLite) or <c>EXPLAIN</c> (PostgreSQL) for a recorded command
    /// (same SQL, same parameter values).</summary>
    public async Task<List<string>> ExplainQueryPlanAsync(RecordedCommand command)
    {
        var lines = new List<string>();
        if (PostgreSqlConnectionString is { } postgreSql)
        {
            await using var connection = new NpgsqlConnection(postgreSql);
            await connection.OpenAsync();
            await using var explain = new NpgsqlCommand("EXPLAIN " + command.Sql, connection);
            foreach (var (name, value) in command.Parameters)
            {
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            await using var rows = await explain.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                lines.Add(rows.GetString(0));
            }

            return lines;
        }

        using var sqlite = new SqliteConnection(ConnectionString);
        sqlite.Open();
        using var explainSqlite = sqlite.CreateCommand();
        explainSqlite.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
        foreach (var (name, value) in command.Parameters)
        {
            explainSqlite.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        using var reader = explainSqlite.ExecuteReader();
        while (reader.Read())
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        if (_postgreSqlServer is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgreSqlServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand(
                $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(PostgreSqlConnectionString).Database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class ContextFactory(DbContextOptions<SqliteGovDataDbContext> options) : IDbContextFactory<GovDataDbContext>
    {
        public GovDataDbContext CreateDbContext() => new SqliteGovDataDbContext(options);
    }

    private sealed class PostgreSqlContextFactory(DbContextOptions<PostgreSqlGovDataDbContext> options) : IDbContextFactory<GovDataDbContext>
    {
        public GovDataDbContext CreateDbContext() => new PostgreSqlGovDataDbContext(options);
    }
}

internal sealed record RecordedCommand(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>
/// Keeps the last few reader commands EF executed while <see cref="Recording"/> (a ring, so a long benchmark doesn't
/// grow it); off by default so timed runs pay nothing for it.
/// </summary>
internal sealed class CommandRecorder : DbCommandInterceptor
{
    private const int Keep = 8;
    private readonly Lock _gate = new();
    private readonly Queue<RecordedCommand> _commands = new();

    public bool Recording { get; private set; }

    /// <summary>Clears what was kept and starts recording.</summary>
    public void Start()
    {
        lock (_gate)
        {
            _commands.Clear();
            Recording = true;
        }
    }

    public void Stop() => Recording = false;

    public IReadOnlyList<RecordedCommand> Last
    {
        get
        {
            lock (_gate)
            {
                return [.. _commands];
            }
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        if (!Recording)
        {
            return;
        }

        var recorded = new RecordedCommand(
            command.CommandText,
            [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]);
        lock (_gate)
        {
            _commands.Enqueue(recorded);
            while (_commands.Count > Keep)
            {
                _commands.Dequeue();
            }
        }
    }
}
