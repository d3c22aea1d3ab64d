using System.Diagnostics;
using GovData.Workflows.Deadlines;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Benchmarks.Sweep;

/// <summary>
/// The deadline sweep over 1,000,000 open instances (100 provider departments, one approver each) of which 10,000 are
/// within reach on Monday 20 Oct 2025: 5,000 due on Thursday 16 Oct (overdue notice + escalation step 1, one whole
/// working day overdue) and 5,000 due the next day (reminder). The first sweep sends them (15,000 notices, 5,000
/// audited escalations with journal entries); an immediate second sweep must send nothing.
/// </summary>
internal sealed class SweepBenchmarks : IBenchmarkGroup
{
    private const int Instances = 1_000_000;
    private const int Due = 10_000;
    private const int Departments = 100;

    public string Name => "sweep";

    public async Task RunAsync(FigureWriter output)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(
            Name, new DateTimeOffset(2025, 10, 20, 1, 0, 0, TimeSpan.Zero));
        var departments = await database.SeedDepartmentsAndApproversAsync(Departments);
        BulkInsertInstances(database.Path, [.. departments.Select(d => d.Id)]);

        var sweep = database.Services.GetRequiredService<DeadlineSweep>();
        var clock = Stopwatch.StartNew();
        var first = await sweep.SweepAsync();
        clock.Stop();
        output.Figure("sweep.first.seconds", clock.Elapsed.TotalSeconds, "s");
        output.Figure("sweep.first.notices", first.Notices, "notices");
        output.Figure("sweep.first.notifications", first.Notifications, "notifications");
        output.Figure("sweep.first.escalations", first.Escalations, "escalations");
        output.Figure("sweep.first.peakWorkingSetMB", FigureWriter.PeakWorkingSetMegabytes(), "MB");

        clock.Restart();
        var second = await database.Services.GetRequiredService<DeadlineSweep>().SweepAsync();
        clock.Stop();
        output.Figure("sweep.second.seconds", clock.Elapsed.TotalSeconds, "s");
        output.Figure("sweep.second.notifications", second.Notifications, "notifications");
    }

    /// <summary>Raw ADO in one transaction: EF would spend minutes tracking a million rows.</summary>
    private static void BulkInsertInstances(string path, List<int> departmentIds)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO WorkflowInstances (DefinitionName, DefinitionVersion, SubjectType, SubjectId, ProviderDepartmentId,
                RequesterDepartmentId, StartedByUserId, State, Revision, ReceivedOn, StateEnteredOn, DueOn, DeadlineWorkingDays,
                CalendarComplete, AssigneeDepartmentId, AssigneeRole, EscalationLevel, CreatedAtUtc, LastTransitionAtUtc,
                ClosedAtUtc, VisitedStates)
            VALUES ('ShareRequest', 1, 'ShareRequest', $subject, $provider, NULL, '', 'Submitted', 1, $received, $received,
                $due, 5, 1, $provider, 'Approver', 0, '2025-10-01 00:00:00', '2025-10-01 00:00:00', NULL, 'Submitted')
            """;
        var subject = command.Parameters.Add("$subject", SqliteType.Text);
        var provider = command.Parameters.Add("$provider", SqliteType.Integer);
        var received = command.Parameters.Add("$received", SqliteType.Text);
        var due = command.Parameters.Add("$due", SqliteType.Text);
        command.Prepare();
        var later = new DateOnly(2025, 11, 3);
        for (var i = 0; i < Instances; i++)
        {
            subject.Value = "SR-" + i;
            provider.Value = departmentIds[i % departmentIds.Count];
            DateOnly dueOn = i < Due / 2 ? new DateOnly(2025, 10, 16) : i < Due ? new DateOnly(2025, 10, 21) : later.AddDays(i % 120);
            received.Value = dueOn.AddDays(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            due.Value = dueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
