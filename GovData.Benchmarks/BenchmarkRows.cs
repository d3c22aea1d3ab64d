using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace GovData.Benchmarks;

/// <summary>
/// Loads a benchmark's seed rows (not timed) into its database, the same rows on either provider: prepared ADO inserts
/// in one transaction on SQLite, text COPY on PostgreSQL (the server parses each value for its column's type). Values
/// are CLR values: string, int, long, bool, DateOnly, DateTime (UTC) or null. EF would spend minutes tracking them.
/// </summary>
internal static class BenchmarkRows
{
    public static async Task InsertAsync(BenchmarkDatabase database, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        if (database.PostgreSqlConnectionString is { } postgreSql)
        {
            await CopyAsync(postgreSql, table, columns, rows);
            return;
        }

        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            // Room for the indexes' pages while loading (random-order keys), so the load is not bound by spills.
            pragma.CommandText = "PRAGMA cache_size = -262144;";
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i.ToString(CultureInfo.InvariantCulture) })).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] switch
                {
                    null => DBNull.Value,
                    DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    bool flag => flag ? 1 : 0,
                    var value => value,
                };
            }

            command.ExecuteNonQuery();
        }

        // No ANALYZE: the app never runs it, so the planner works without statistics here too.
        transaction.Commit();
    }

    private static async Task CopyAsync(string connectionString, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        // A million rows end with the server building the indexes, on a shared machine for minutes: no timeout.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ToString());
        await connection.OpenAsync();
        var line = new StringBuilder();
        await using (var writer = await connection.BeginTextImportAsync(
            $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => "\"" + c + "\""))}) FROM STDIN"))
        {
            foreach (var row in rows)
            {
                line.Clear();
                for (var i = 0; i < row.Length; i++)
                {
                    if (i > 0)
                    {
                        line.Append('\t');
                    }

                    line.Append(row[i] switch
                    {
                        null => "\\N",
                        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "+00",
                        bool flag => flag ? "t" : "f",
                        IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
                        var value => value.ToString()!.Replace("\\", "\\\\", StringComparison.Ordinal)
                            .Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal),
                    });
                }

                await writer.WriteLineAsync(line);
            }
        }

        // PostgreSQL's autovacuum vacuums and analyzes a freshly loaded table only later; a production table would have
        // been vacuumed and analyzed many times before a million rows accumulated. So the plans are measured with
        // statistics and with the visibility map set (without it no scan is index-only: every count reads the heap).
        await using var analyze = new NpgsqlCommand($"VACUUM ANALYZE \"{table}\"", connection);
        await analyze.ExecuteNonQueryAsync();
    }
}
