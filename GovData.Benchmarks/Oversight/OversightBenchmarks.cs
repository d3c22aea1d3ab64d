using System.Diagnostics;
using System.Globalization;
using GovData.Workflows.Oversight.Proposals;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Benchmarks.Oversight;

/// <summary>
/// The daily proposal job (Art. 34) on Thursday 26 Nov 2026 over 100 departments: 100,000 published Monthly entries of
/// which 5% were last updated 200 days ago (stale beyond cycle + grace; the rest within 40 days), and 1,000,000 share
/// request instances of which 1% were late — 5,000 closed after an overdue notice and an escalation to the bureau,
/// 5,000 still open past their due date — beside 100,000 reminders of requests answered in time. The first run files
/// 15,000 findings into 200 proposals; an immediate second run must find nothing new.
/// </summary>
internal sealed class OversightBenchmarks : IBenchmarkGroup
{
    private const int Departments = 100;
    private const int Entries = 100_000;
    private const int Requests = 1_000_000;
    private static readonly DateOnly Today = new(2026, 11, 26);

    public string Name => "oversight";

    public async Task RunAsync(FigureWriter output)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(Name, new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero));
        var departments = (await database.SeedDepartmentsAndApproversAsync(Departments)).Select(d => d.Id).ToList();
        SeedEntries(database.ConnectionString, departments);
        SeedRequests(database.ConnectionString, departments);

        var clock = Stopwatch.StartNew();
        var first = await Job(database).RunAsync(CancellationToken.None);
        clock.Stop();
        output.Figure("oversight.detect.first.seconds", clock.Elapsed.TotalSeconds, "s");
        output.Figure("oversight.detect.first.findings", first.NewEvidence, "findings");
        output.Figure("oversight.detect.first.newProposals", first.NewProposals, "proposals");

        database.Commands.Start();
        clock.Restart();
        var second = await Job(database).RunAsync(CancellationToken.None);
        clock.Stop();
        database.Commands.Stop();
        output.Figure("oversight.detect.second.seconds", clock.Elapsed.TotalSeconds, "s");
        output.Figure("oversight.detect.second.newProposals", second.NewProposals, "proposals");
        output.Figure("oversight.detect.second.findings", second.NewEvidence, "findings");
        output.Figure("oversight.detect.peakWorkingSetMB", FigureWriter.PeakWorkingSetMegabytes(), "MB");
        foreach (var command in database.Commands.Last)
        {
            output.Comment("sql: " + command.Sql.ReplaceLineEndings(" "));
            foreach (var line in await database.ExplainQueryPlanAsync(command))
            {
                output.Comment("plan: " + line);
            }
        }
    }

    private static ProposeRectifications Job(BenchmarkDatabase database) =>
        database.Services.CreateScope().ServiceProvider.GetRequiredService<ProposeRectifications>();

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Raw ADO in one transaction: EF would spend minutes tracking the rows.</summary>
    private static void SeedEntries(string connectionString, List<int> departments)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO DataResources (Code, Name, CatalogClass, ClassCode, Theme, ProviderDepartmentId, Summary, Format, ShareType,
                ShareCondition, ShareMethod, OpenType, OpenCondition, LegalBasis, UpdateCycle, LastDataUpdate, ReleaseDate, Status,
                CurrentVersion, RelatedCodes)
            VALUES ($code, $name, 3, '3.01.001', NULL, $department, '', 1, 1, NULL, 1, 1, NULL, NULL, 4, $last, '2024-01-01', 2, 1, '')
            """;
        var code = command.Parameters.Add("$code", SqliteType.Text);
        var name = command.Parameters.Add("$name", SqliteType.Text);
        var department = command.Parameters.Add("$department", SqliteType.Integer);
        var last = command.Parameters.Add("$last", SqliteType.Text);
        command.Prepare();
        for (var i = 0; i < Entries; i++)
        {
            code.Value = string.Create(CultureInfo.InvariantCulture, $"3.01.001/B-{i:000000}");
            name.Value = "资源" + i.ToString(CultureInfo.InvariantCulture);
            department.Value = departments[i % departments.Count];
            last.Value = Day((i / Departments) % 20 == 0 ? Today.AddDays(-200) : Today.AddDays(-(i % 40)));
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void SeedRequests(string connectionString, List<int> departments)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var instances = connection.CreateCommand();
        instances.Transaction = transaction;
        instances.CommandText = """
            INSERT INTO WorkflowInstances (Id, DefinitionName, DefinitionVersion, SubjectType, SubjectId, ProviderDepartmentId,
                RequesterDepartmentId, StartedByUserId, State, Revision, ReceivedOn, StateEnteredOn, DueOn, DeadlineWorkingDays,
                CalendarComplete, AssigneeDepartmentId, AssigneeRole, EscalationLevel, CreatedAtUtc, LastTransitionAtUtc,
                ClosedAtUtc, VisitedStates)
            VALUES ($id, 'ShareRequest', 1, 'ShareRequest', $subject, $provider, NULL, '', $state, 2, $received, $received,
                $due, 5, 1, $assignee, $role, 0, '2026-10-01 00:00:00', '2026-10-01 00:00:00', $closed, 'Submitted')
            """;
        var id = instances.Parameters.Add("$id", SqliteType.Integer);
        var subject = instances.Parameters.Add("$subject", SqliteType.Text);
        var provider = instances.Parameters.Add("$provider", SqliteType.Integer);
        var state = instances.Parameters.Add("$state", SqliteType.Text);
        var received = instances.Parameters.Add("$received", SqliteType.Text);
        var due = instances.Parameters.Add("$due", SqliteType.Text);
        var assignee = instances.Parameters.Add("$assignee", SqliteType.Integer);
        var role = instances.Parameters.Add("$role", SqliteType.Text);
        var closed = instances.Parameters.Add("$closed", SqliteType.Text);
        instances.Prepare();
        using var notices = connection.CreateCommand();
        notices.Transaction = transaction;
        notices.CommandText = "INSERT INTO DeadlineNotices (InstanceId, Kind, Level, DueOn, SentAtUtc) VALUES ($instance, $kind, $level, $noticeDue, $sent)";
        var instance = notices.Parameters.Add("$instance", SqliteType.Integer);
        var kind = notices.Parameters.Add("$kind", SqliteType.Integer);
        var level = notices.Parameters.Add("$level", SqliteType.Integer);
        var noticeDue = notices.Parameters.Add("$noticeDue", SqliteType.Text);
        var sent = notices.Parameters.Add("$sent", SqliteType.Text);
        notices.Prepare();

        void Notice(long on, int noticeKind, int noticeLevel, DateOnly dueOn, DateOnly sentOn)
        {
            instance.Value = on;
            kind.Value = noticeKind;
            level.Value = noticeLevel;
            noticeDue.Value = Day(dueOn);
            sent.Value = Day(sentOn) + " 01:00:00";
            notices.ExecuteNonQuery();
        }

        for (var i = 1; i <= Requests; i++)
        {
            var late = (i / Departments) % 100 == 0;
            var openLate = late && (i / Departments) % 200 == 0;
            var open = openLate || (!late && i % 4 == 0);
            var dueOn = late ? Today.AddDays(-20) : open ? Today.AddDays(1 + (i % 10)) : Today.AddDays(-(i % 60));
            id.Value = i;
            subject.Value = "SR-" + i.ToString(CultureInfo.InvariantCulture);
            provider.Value = departments[i % departments.Count];
            state.Value = open ? "Submitted" : "Approved";
            received.Value = Day(dueOn.AddDays(-7));
            due.Value = open ? Day(dueOn) : DBNull.Value;
            assignee.Value = open ? provider.Value : DBNull.Value;
            role.Value = open ? "Approver" : DBNull.Value;
            closed.Value = open ? DBNull.Value : Day(dueOn) + " 02:00:00";
            instances.ExecuteNonQuery();
            if (late && !openLate)
            {
                Notice(i, 2, 0, dueOn, dueOn.AddDays(1));
                Notice(i, 3, 3, dueOn, dueOn.AddDays(7));
            }
            else if (i % 10 == 1)
            {
                Notice(i, 1, 0, dueOn, dueOn.AddDays(-1));
            }
        }

        transaction.Commit();
    }
}
