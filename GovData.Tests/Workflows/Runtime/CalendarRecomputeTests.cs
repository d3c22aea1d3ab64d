using GovData.Workflows.Calendar;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;

namespace GovData.Tests.Workflows.Runtime;

public abstract class CalendarRecomputeTestsCases(RuntimeFixture fixture)
{
    [Fact]
    public async Task NewOffDayInsideTheSpan_MovesOpenDeadlines_JournalledAsSystem_OthersUntouched()
    {
        fixture.SetChinaTime(new DateTime(2025, 9, 30, 10, 0, 0));
        var open = await fixture.StartShareRequestAsync();
        var closed = await fixture.StartShareRequestAsync();
        var fixedDate = await fixture.StartShareRequestAsync();
        var bureau = await fixture.UserAsync("bureau@govdata.local");
        await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(closed, ShareRequestWorkflowV1.Withdraw), await fixture.UserAsync("requester.rs@govdata.local"));
        await fixture.Get<FireTrigger>().ExecuteAsync(
            new FireTriggerRequest(fixedDate, WorkflowBuilder.SetDeadline, new Dictionary<string, string> { ["reason"] = "r", ["dueOn"] = "2025-10-14" }), bureau);
        Assert.Equal(new DateOnly(2025, 10, 14), (await fixture.InstanceAsync(open)).DueOn);

        // Monday 13 Oct becomes a day off: the fifth working day is now Wednesday 15 Oct.
        var result = await fixture.Get<UpsertCalendarDay>().ExecuteAsync(
            await fixture.UserAsync("admin@govdata.local"), new DateOnly(2025, 10, 13), isOffDay: true, "临时调整");
        Assert.True(result.Succeeded);

        var moved = await fixture.InstanceAsync(open);
        Assert.Equal(new DateOnly(2025, 10, 15), moved.DueOn);
        Assert.Equal(2, moved.Revision);
        var entry = (await fixture.JournalAsync(open))[^1];
        Assert.Equal(RecomputeDeadlinesOnCalendarChange.Trigger, entry.Trigger);
        Assert.Equal(GovData.Domain.Workflows.WorkflowJournalEntry.SystemActor, entry.ActorName);
        Assert.Null(entry.ActorUserId);
        Assert.Equal((new DateOnly(2025, 10, 14), new DateOnly(2025, 10, 15)), (entry.DueBefore!.Value, entry.DueAfter!.Value));

        Assert.Equal(2, (await fixture.JournalAsync(closed)).Count);
        Assert.Equal(new DateOnly(2025, 10, 14), (await fixture.InstanceAsync(fixedDate)).DueOn);
        Assert.Equal(2, (await fixture.JournalAsync(fixedDate)).Count);
    }

    [Fact]
    public async Task ChangeOutsideEverySpan_RecomputesNothing()
    {
        fixture.SetChinaTime(new DateTime(2025, 9, 30, 10, 0, 0));
        var open = await fixture.StartShareRequestAsync();
        var before = await fixture.InstanceAsync(open);

        await new RecomputeDeadlinesOnCalendarChange(fixture.Database.UnitOfWork(fixture.Time), fixture.Time).OnCalendarChangedAsync(
            new CalendarChange([2026], [new DateOnly(2026, 3, 2)], await fixture.Get<WorkingDayCalendarProvider>().GetAsync()),
            CancellationToken.None);

        var after = await fixture.InstanceAsync(open);
        Assert.Equal((before.DueOn, before.Revision), (after.DueOn, after.Revision));
    }
}

/// <summary>The cases above on SQLite.</summary>
public sealed class CalendarRecomputeTests(RuntimeFixture fixture) : CalendarRecomputeTestsCases(fixture), IClassFixture<RuntimeFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class CalendarRecomputeTestsOnPostgreSql(PostgreSqlRuntimeFixture fixture) : CalendarRecomputeTestsCases(fixture), IClassFixture<PostgreSqlRuntimeFixture>;
