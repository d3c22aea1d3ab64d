using System.Diagnostics;
using System.Globalization;
using GovData.Domain.Identity;
using GovData.Workflows.Inbox;
using GovData.Workflows.Sharing;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Benchmarks.Inbox;

/// <summary>
/// An approver's inbox (GetInbox, the real use case) over 1,000,000 share requests in 100 provider departments, on
/// Monday 20 Oct 2025: 70 % pending (assigned to the provider's Approvers), 30 % closed; due dates spread over ±60
/// days; pending items past due escalated (level 1–3, as the sweep leaves them: still the provider's approvers).
/// Departments are not all alike, as in a real city: D001 (think market regulation) receives 10 % of all requests
/// (100,000; ~70,000 pending), the other 99 share the rest (~9,100 each; ~6,400 pending).
/// <para>
/// Page 1,000 of 50 rows (offset 49,950) exists only in an inbox of 50,000+ items, which a typical department's
/// is not; the intent is deep paging, so page 1,000 is measured in D001's inbox. The first page is measured
/// for a typical department (D050, the line) and for D001 (the larger count and sort).
/// </para>
/// <para>
/// Each figure is the median wall time of 21 runs after 30 warm-ups (past tiered JIT); <c>.cpuMean</c> is this process's CPU time per
/// call over those runs, which a shared, overcommitted machine inflates far less than wall time.
/// </para>
/// </summary>
internal sealed class InboxBenchmarks : IBenchmarkGroup
{
    private const int InstanceCount = 1_000_000;
    private const int Departments = 100;
    private const int PageSize = 50;
    private const int Warmup = 30;
    private const int Runs = 21;
    private static readonly DateOnly Today = new(2025, 10, 20);

    public string Name => "inbox";

    public async Task RunAsync(FigureWriter output)
    {
        // 09:00 in Shanghai on Monday 20 Oct 2025.
        var now = new DateTimeOffset(2025, 10, 20, 1, 0, 0, TimeSpan.Zero);
        await using (var database = await BenchmarkDatabase.CreateAsync(Name, now))
        {
            await RunOnAsync(database, output, "inbox");
        }

        if (PostgreSqlBenchmarkServer.Requested)
        {
            await using var server = await PostgreSqlBenchmarkServer.StartAsync();
            await using var database = await BenchmarkDatabase.CreateAsync(Name, now, server.ConnectionString);
            await RunOnAsync(database, output, "inbox.pg");
        }
    }

    private static async Task RunOnAsync(BenchmarkDatabase database, FigureWriter output, string prefix)
    {
        var departments = await database.SeedDepartmentsAndApproversAsync(Departments);
        var clock = Stopwatch.StartNew();
        await BenchmarkRows.InsertAsync(database, "WorkflowInstances", Columns, Instances(departments));
        clock.Stop();
        output.Figure(prefix + ".seed.seconds", clock.Elapsed.TotalSeconds, "s");

        var inbox = database.Services.GetRequiredService<GetInbox>();
        var typical = departments[49].Approver;
        var large = departments[0].Approver;

        var first = await MeasureAsync(inbox, typical, new InboxFilter(Page: 0, PageSize: PageSize), database.Commands);
        output.Figure(prefix + ".firstPage.median", first.Median, "ms");
        output.Figure(prefix + ".firstPage.cpuMean", first.CpuMilliseconds, "ms");
        output.Figure(prefix + ".firstPage.total", first.Total, "items");
        await ExplainAsync(output, database, "firstPage");

        var firstLarge = await MeasureAsync(inbox, large, new InboxFilter(Page: 0, PageSize: PageSize), database.Commands);
        output.Figure(prefix + ".firstPage.largeDepartment.median", firstLarge.Median, "ms");
        output.Figure(prefix + ".firstPage.largeDepartment.cpuMean", firstLarge.CpuMilliseconds, "ms");
        output.Figure(prefix + ".firstPage.largeDepartment.total", firstLarge.Total, "items");

        var deep = await MeasureAsync(inbox, large, new InboxFilter(Page: 999, PageSize: PageSize), database.Commands);
        output.Figure(prefix + ".page1000.median", deep.Median, "ms");
        output.Figure(prefix + ".page1000.cpuMean", deep.CpuMilliseconds, "ms");
        await ExplainAsync(output, database, "page1000");

        var overdue = await MeasureAsync(inbox, typical, new InboxFilter(OverdueOnly: true, Page: 0, PageSize: PageSize), database.Commands);
        output.Figure(prefix + ".overdue.firstPage.median", overdue.Median, "ms");
        output.Figure(prefix + ".overdue.firstPage.cpuMean", overdue.CpuMilliseconds, "ms");
        output.Figure(prefix + ".overdue.firstPage.total", overdue.Total, "items");
        var overdueDeep = await MeasureAsync(inbox, large, new InboxFilter(OverdueOnly: true, Page: 599, PageSize: PageSize), database.Commands);
        output.Figure(prefix + ".overdue.page600.largeDepartment.median", overdueDeep.Median, "ms");
        output.Figure(prefix + ".overdue.page600.largeDepartment.cpuMean", overdueDeep.CpuMilliseconds, "ms");
        output.Figure(prefix + ".overdue.largeDepartment.total", overdueDeep.Total, "items");
    }

    private static async Task<(double Median, double CpuMilliseconds, int Total)> MeasureAsync(
        GetInbox inbox, UserContext user, InboxFilter filter, CommandRecorder commands)
    {
        InboxPage? page = null;
        for (var i = 0; i < Warmup; i++)
        {
            page = await inbox.ExecuteAsync(user, filter);
        }

        if (page!.Rows.Count != PageSize)
        {
            throw new InvalidOperationException($"Page {filter.Page + 1} of {user.UserName} has {page.Rows.Count} rows (total {page.TotalCount}).");
        }

        var samples = new List<double>(Runs);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await inbox.ExecuteAsync(user, filter);
            clock.Stop();
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / Runs;

        // One more, untimed, to keep its SQL for the query plans.
        commands.Start();
        await inbox.ExecuteAsync(user, filter);
        commands.Stop();
        return (FigureWriter.Median(samples), cpu, page.TotalCount);
    }

    /// <summary>The query plans of the last (recorded) GetInbox call, as comment lines.</summary>
    private static async Task ExplainAsync(FigureWriter output, BenchmarkDatabase database, string label)
    {
        var commands = database.Commands.Last;
        for (var i = 0; i < commands.Count; i++)
        {
            foreach (var line in await database.ExplainQueryPlanAsync(commands[i]))
            {
                output.Comment($"plan {label} query {i + 1}: {line}");
            }
        }
    }

    private static readonly string[] Columns =
    [
        "DefinitionName", "DefinitionVersion", "SubjectType", "SubjectId", "ProviderDepartmentId", "RequesterDepartmentId",
        "StartedByUserId", "State", "Revision", "ReceivedOn", "StateEnteredOn", "DueOn", "DeadlineWorkingDays", "CalendarComplete",
        "AssigneeDepartmentId", "AssigneeRole", "EscalationLevel", "CreatedAtUtc", "LastTransitionAtUtc", "ClosedAtUtc", "VisitedStates",
    ];

    /// <summary>The million instances, the same rows on either provider.</summary>
    private static IEnumerable<object?[]> Instances(List<BenchmarkDepartment> departments)
    {
        string[] finals = [ShareRequestWorkflowV1.Approved, ShareRequestWorkflowV1.Refused, ShareRequestWorkflowV1.Withdrawn];
        for (var i = 0; i < InstanceCount; i++)
        {
            // 10 % to D001, the rest evenly over D002..D100 (10 and 99 are coprime, so i % 99 is uniform here).
            var department = i % 10 == 0 ? 0 : 1 + (i % 99);
            var dueOn = Today.AddDays((int)(i * 7919L % 121) - 60);
            var receivedOn = dueOn.AddDays(-7);
            var created = receivedOn.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
            var provider = departments[department].Id;
            var requester = departments[(department + 1 + (i % 7)) % departments.Count].Id;
            string state, visited;
            int revision, escalation;
            DateTime last;
            DateTime? closed;
            if ((i / 100) % 10 < 3)
            {
                var final = finals[i % finals.Length];
                closed = receivedOn.AddDays(1 + (i % 5)).ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc);
                state = final;
                revision = 2;
                escalation = 0;
                last = closed.Value;
                visited = ShareRequestWorkflowV1.Submitted + "," + final;
            }
            else
            {
                var overdueDays = Today.DayNumber - dueOn.DayNumber;
                state = ShareRequestWorkflowV1.Submitted;
                escalation = overdueDays <= 0 ? 0 : overdueDays <= 10 ? 1 : overdueDays <= 20 ? 2 : 3;
                revision = 1 + escalation;
                last = created;
                closed = null;
                visited = ShareRequestWorkflowV1.Submitted;
            }

            yield return
            [
                ShareRequestWorkflowV1.DefinitionName, 1, "ShareRequest", "SR-" + i.ToString(CultureInfo.InvariantCulture), provider, requester,
                string.Empty, state, revision, receivedOn, receivedOn, dueOn, 5, true,
                provider, Roles.Approver, escalation, created, last, closed, visited,
            ];
        }
    }
}
