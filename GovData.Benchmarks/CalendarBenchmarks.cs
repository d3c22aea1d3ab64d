using System.Diagnostics;
using System.Globalization;
using GovData.Domain.Calendar;
using GovData.Workflows.Calendar;
using Microsoft.Data.Sqlite;

namespace GovData.Benchmarks;

/// <summary>
/// The working-day calendar: due-date throughput (add working days, full explanation) and the time to recompute
/// 100,000 stored due dates after a calendar change (read, recompute, write the changed ones in one transaction).
/// </summary>
internal sealed class CalendarBenchmarks : IBenchmarkGroup
{
    private const int StoredDeadlines = 100_000;
    private static readonly int[] TimeLimits = [5, 15, 20];
    private static readonly DateOnly ChangedDay = new(2025, 11, 14);

    public string Name => "calendar";

    public async Task RunAsync(FigureWriter output)
    {
        var files = HolidayFile.Embedded();
        var days = files.SelectMany(f => f.Days).Select(d => new CalendarDay(d.Date, d.IsOffDay, d.Name)).ToList();
        var calendar = new WorkingDayCalendar(days, files.Select(f => f.Year));
        var receipts = Enumerable.Range(0, 730).Select(i => new DateOnly(2025, 1, 1).AddDays(i)).ToArray();

        output.Figure("calendar.addWorkingDays.opsPerSec", Throughput(receipts, (r, n) => calendar.AddWorkingDays(r, n).DayNumber), "ops/s");
        output.Figure("calendar.explain.opsPerSec", Throughput(receipts, (r, n) => calendar.Explain(r, n).SkippedDays.Count), "ops/s");

        var (seconds, changed) = await RecomputeStoredDeadlinesAsync(days, files.Select(f => f.Year).ToList(), receipts);
        output.Figure("calendar.recompute100k.seconds", seconds, "s");
        output.Figure("calendar.recompute100k.changedRows", changed, "rows");
    }

    /// <summary>Operations per second over about a second of work, median of three rounds after a warm-up.</summary>
    private static double Throughput(DateOnly[] receipts, Func<DateOnly, int, int> operation)
    {
        var checksum = 0L;
        var rounds = new List<double>();
        for (var round = 0; round < 4; round++)
        {
            var operations = 0L;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromMilliseconds(round == 0 ? 200 : 1000))
            {
                foreach (var received in receipts)
                {
                    checksum += operation(received, TimeLimits[operations % TimeLimits.Length]);
                    operations++;
                }
            }

            if (round > 0)
            {
                rounds.Add(operations / watch.Elapsed.TotalSeconds);
            }
        }

        GC.KeepAlive(checksum);
        return FigureWriter.Median(rounds);
    }

    /// <summary>
    /// 100k deadlines in a temporary SQLite database; the calendar changes (one Friday becomes a day off, then back)
    /// and every stored due date is recomputed, the changed ones written back with one prepared UPDATE in one
    /// transaction. Median of four changes.
    /// </summary>
    private static async Task<(double Seconds, int Changed)> RecomputeStoredDeadlinesAsync(
        List<CalendarDay> days, List<int> years, DateOnly[] receipts)
    {
        var directory = Path.Combine(Path.GetTempPath(), "govdata-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "deadlines.db"), Pooling = false }.ToString();
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            await ExecuteAsync(connection, "CREATE TABLE Deadlines (Id INTEGER PRIMARY KEY, Received TEXT NOT NULL, WorkingDays INTEGER NOT NULL, DueDate TEXT NOT NULL);");
            await SeedAsync(connection, new WorkingDayCalendar(days, years), receipts);

            var withChange = new List<CalendarDay>(days) { new(ChangedDay, true, "临时调整") };
            var calendars = new[] { new WorkingDayCalendar(withChange, years), new WorkingDayCalendar(days, years) };
            var samples = new List<double>();
            var changed = 0;
            for (var run = 0; run < 4; run++)
            {
                var watch = Stopwatch.StartNew();
                var count = await RecomputeAsync(connection, calendars[run % 2]);
                samples.Add(watch.Elapsed.TotalSeconds);
                changed = run == 0 ? count : changed;
            }

            return (FigureWriter.Median(samples), changed);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task SeedAsync(SqliteConnection connection, WorkingDayCalendar calendar, DateOnly[] receipts)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO Deadlines (Received, WorkingDays, DueDate) VALUES ($received, $days, $due);";
        var received = insert.Parameters.Add("$received", SqliteType.Text);
        var workingDays = insert.Parameters.Add("$days", SqliteType.Integer);
        var due = insert.Parameters.Add("$due", SqliteType.Text);
        insert.Prepare();
        for (var i = 0; i < StoredDeadlines; i++)
        {
            var date = receipts[i % receipts.Length];
            var limit = TimeLimits[i % TimeLimits.Length];
            received.Value = Iso(date);
            workingDays.Value = limit;
            due.Value = Iso(calendar.AddWorkingDays(date, limit));
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task<int> RecomputeAsync(SqliteConnection connection, WorkingDayCalendar calendar)
    {
        var updates = new List<(long Id, string Due)>();
        await using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT Id, Received, WorkingDays, DueDate FROM Deadlines;";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var received = DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var due = Iso(calendar.AddWorkingDays(received, reader.GetInt32(2)));
                if (!string.Equals(due, reader.GetString(3), StringComparison.Ordinal))
                {
                    updates.Add((reader.GetInt64(0), due));
                }
            }
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE Deadlines SET DueDate = $due WHERE Id = $id;";
        var dueParameter = update.Parameters.Add("$due", SqliteType.Text);
        var idParameter = update.Parameters.Add("$id", SqliteType.Integer);
        update.Prepare();
        foreach (var (id, due) in updates)
        {
            dueParameter.Value = due;
            idParameter.Value = id;
            await update.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return updates.Count;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
