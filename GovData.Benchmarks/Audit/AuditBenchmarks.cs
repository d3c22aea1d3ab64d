using System.Diagnostics;
using GovData.Domain.Audit;
using GovData.Domain.Calendar;
using GovData.Domain.Departments;
using GovData.Workflows.Audit;
using GovData.Workflows.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GovData.Benchmarks.Audit;

/// <summary>
/// What the audit chain costs a writer, on a file SQLite database in WAL mode: single-row saves and one bulk save,
/// each next to the same save into a table that is not audited (the verification results), and the verification's
/// speed over the resulting chain.
/// </summary>
internal sealed class AuditBenchmarks : IBenchmarkGroup
{
    private const int SingleSaves = 300;
    private const int BulkRows = 10_000;
    private const int Warmup = 30;

    public string Name => "audit";

    public async Task RunAsync(FigureWriter output)
    {
        var directory = Path.Combine(Path.GetTempPath(), "govdata-bench-audit", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var factory = await CreateDatabaseAsync(Path.Combine(directory, "audit.db"));

            // A warm-up round of each first, so JIT and EF's caches are not measured.
            await TimeAsync(Warmup, i => new Department($"W{i}", $"预热{i}", DepartmentLevel.District, DepartmentKind.Government), factory);
            await TimeAsync(Warmup, i => Verification(-1 - i), factory);
            var audited = await TimeAsync(SingleSaves, i => new Department($"B{i}", $"部门{i}", DepartmentLevel.District, DepartmentKind.Government), factory);
            var plain = await TimeAsync(SingleSaves, i => Verification(i), factory);
            output.Figure("audit.save.singleRow.audited.savesPerSec", SingleSaves / audited.TotalSeconds, "saves/s");
            output.Figure("audit.save.singleRow.unaudited.savesPerSec", SingleSaves / plain.TotalSeconds, "saves/s");

            var start = new DateOnly(1900, 1, 1);
            var bulkAudited = await TimeBulkAsync(factory, db => db.CalendarDays.AddRange(
                Enumerable.Range(0, BulkRows).Select(i => new CalendarDay(start.AddDays(i), true, "休息日"))));
            var bulkPlain = await TimeBulkAsync(factory, db => db.AuditVerifications.AddRange(
                Enumerable.Range(0, BulkRows).Select(i => Verification(SingleSaves + i))));
            output.Figure("audit.save.bulk10k.audited.seconds", bulkAudited.TotalSeconds, "s");
            output.Figure("audit.save.bulk10k.unaudited.seconds", bulkPlain.TotalSeconds, "s");

            var verifier = new VerifyAuditChain(factory, TimeProvider.System);
            var clock = Stopwatch.StartNew();
            var report = await verifier.VerifyAsync(CancellationToken.None);
            clock.Stop();
            if (!report.Intact)
            {
                throw new InvalidOperationException($"Chain broken in the benchmark: {report.Fault}");
            }

            output.Figure("audit.verify.rows", report.RowsChecked, "rows");
            output.Figure("audit.verify.rowsPerSec", report.RowsChecked / clock.Elapsed.TotalSeconds, "rows/s");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static AuditVerification Verification(int i) =>
        new(new DateOnly(2000, 1, 1).AddDays(i), new AuditChainReport(i, null, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));

    private static async Task<IDbContextFactory<GovDataDbContext>> CreateDatabaseAsync(string path)
    {
        var builder = new DbContextOptionsBuilder<SqliteGovDataDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(builder, $"Data Source={path}");
        var factory = new Factory(builder.Options);
        await using var db = factory.CreateDbContext();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        return factory;
    }

    private static async Task<TimeSpan> TimeAsync<T>(int count, Func<int, T> create, IDbContextFactory<GovDataDbContext> factory)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await using var db = await factory.CreateDbContextAsync();
            db.Add(create(i));
            await db.SaveChangesAsync();
        }

        return clock.Elapsed;
    }

    private static async Task<TimeSpan> TimeBulkAsync(IDbContextFactory<GovDataDbContext> factory, Action<GovDataDbContext> add)
    {
        var clock = Stopwatch.StartNew();
        await using var db = await factory.CreateDbContextAsync();
        add(db);
        await db.SaveChangesAsync();
        return clock.Elapsed;
    }

    private sealed class Factory(DbContextOptions<SqliteGovDataDbContext> options) : IDbContextFactory<GovDataDbContext>
    {
        public GovDataDbContext CreateDbContext() => new SqliteGovDataDbContext(options);
    }
}
