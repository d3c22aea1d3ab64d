using GovData.Tests.Workflows.Runtime;
using GovData.Workflows.Inbox;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Inbox;

/// <summary>The inbox on a real, seeded SQLite database; a fresh database per test so counts are exact.</summary>
public abstract class GetInboxTestsCases(RuntimeFixture fixture) : IAsyncLifetime
{
    private const string ApproverGa = "approver.ga@govdata.local";

    private readonly RuntimeFixture _fixture = fixture;

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task Inbox_OrdersByDueDate_NotByStartOrder()
    {
        _fixture.SetChinaTime(new DateTime(2025, 10, 10, 9, 0, 0));
        var later = await _fixture.StartShareRequestAsync();
        _fixture.SetChinaTime(new DateTime(2025, 9, 29, 9, 0, 0));
        var sooner = await _fixture.StartShareRequestAsync();

        var page = await InboxAsync(ApproverGa, new InboxFilter());

        Assert.Equal([sooner, later], page.Rows.Select(r => r.InstanceId));
        Assert.Equal(2, page.TotalCount);
        var first = page.Rows[0];
        Assert.Equal(ShareRequestWorkflowV1.DefinitionName, first.DefinitionName);
        Assert.Equal(ShareRequestWorkflowV1.Submitted, first.State);
        Assert.Equal("市公安局", first.ProviderDepartmentName);
        Assert.NotNull(first.RequesterDepartmentName);
    }

    [Theory]
    [InlineData("approver.wj@govdata.local")]
    [InlineData("requester.rs@govdata.local")]
    [InlineData("approver.rs@govdata.local")]
    [InlineData("catalog.ga@govdata.local")]
    public async Task Inbox_IsEmpty_ForUsersWhoMayNotAct(string email)
    {
        await _fixture.StartShareRequestAsync();

        var page = await InboxAsync(email, new InboxFilter());

        Assert.Empty(page.Rows);
        Assert.Equal(0, page.TotalCount);
    }

    [Fact]
    public async Task Inbox_PagesOnTheServer_WithTotalCount()
    {
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await _fixture.StartShareRequestAsync());
        }

        var page = await InboxAsync(ApproverGa, new InboxFilter(Page: 1, PageSize: 2));

        Assert.Equal(5, page.TotalCount);
        Assert.Equal(ids.Skip(2).Take(2), page.Rows.Select(r => r.InstanceId));
    }

    // Items without a deadline are paged as a second segment after the dated ones: every page size must give the
    // same order, across the seam between the two.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public async Task Inbox_ItemsWithoutDeadline_ComeLast_AcrossPageBoundaries(int pageSize)
    {
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await _fixture.StartShareRequestAsync());
        }

        await using (var db = _fixture.Database.WriteContext())
        {
            foreach (var instance in await db.WorkflowInstances.Where(i => i.Id == ids[0] || i.Id == ids[3]).ToListAsync())
            {
                instance.SetDeadline(null, null, true);
            }

            await db.SaveChangesAsync();
        }

        var seen = new List<long>();
        for (var page = 0; page * pageSize < ids.Count + pageSize; page++)
        {
            var result = await InboxAsync(ApproverGa, new InboxFilter(Page: page, PageSize: pageSize));
            Assert.Equal(5, result.TotalCount);
            seen.AddRange(result.Rows.Select(r => r.InstanceId));
        }

        Assert.Equal([ids[1], ids[2], ids[4], ids[0], ids[3]], seen);
        var overdue = await InboxAsync(ApproverGa, new InboxFilter(OverdueOnly: true));
        Assert.Equal(0, overdue.TotalCount);
    }

    [Fact]
    public async Task Inbox_OverdueOnly_KeepsOnlyPastDueItems()
    {
        _fixture.SetChinaTime(new DateTime(2025, 9, 1, 9, 0, 0));
        var old = await _fixture.StartShareRequestAsync();
        _fixture.SetChinaTime(new DateTime(2025, 9, 30, 9, 0, 0));
        await _fixture.StartShareRequestAsync();
        _fixture.SetChinaTime(new DateTime(2025, 10, 10, 9, 0, 0));

        var page = await InboxAsync(ApproverGa, new InboxFilter(OverdueOnly: true));

        var row = Assert.Single(page.Rows);
        Assert.Equal(old, row.InstanceId);
        Assert.Equal(1, page.TotalCount);
        Assert.Equal(DeadlineStatus.Overdue, row.Status);
    }

    [Fact]
    public async Task Inbox_FiltersByProcessAndState()
    {
        await _fixture.StartShareRequestAsync();

        var otherProcess = await InboxAsync(ApproverGa, new InboxFilter(DefinitionName: "TestProcess"));
        var otherState = await InboxAsync(ApproverGa, new InboxFilter(State: ShareRequestWorkflowV1.Approved));
        var match = await InboxAsync(ApproverGa, new InboxFilter(ShareRequestWorkflowV1.DefinitionName, ShareRequestWorkflowV1.Submitted));

        Assert.Equal(0, otherProcess.TotalCount);
        Assert.Equal(0, otherState.TotalCount);
        Assert.Equal(1, match.TotalCount);
    }

    [Fact]
    public async Task Inbox_ClosedInstances_LeaveTheInbox()
    {
        var id = await _fixture.StartShareRequestAsync();
        var requester = await _fixture.UserAsync("requester.rs@govdata.local");
        var result = await _fixture.Get<GovData.Workflows.Runtime.FireTrigger>().ExecuteAsync(
            new(id, ShareRequestWorkflowV1.Withdraw), requester);
        Assert.True(result.Succeeded);

        var page = await InboxAsync(ApproverGa, new InboxFilter());

        Assert.Equal(0, page.TotalCount);
    }

    // Received Tue 30 Sep 2025; National Day 1–8 Oct is off, Sat 11 Oct is a make-up working day: 5 working days
    // are 9, 10, 11, 13, 14 Oct.
    [Theory]
    [InlineData(2025, 9, 30, 5, DeadlineStatus.OnTrack)]
    [InlineData(2025, 10, 8, 5, DeadlineStatus.OnTrack)]
    [InlineData(2025, 10, 10, 3, DeadlineStatus.OnTrack)]
    [InlineData(2025, 10, 12, 2, DeadlineStatus.OnTrack)]
    [InlineData(2025, 10, 13, 1, DeadlineStatus.DueSoon)]
    [InlineData(2025, 10, 14, 0, DeadlineStatus.DueSoon)]
    [InlineData(2025, 10, 15, -1, DeadlineStatus.Overdue)]
    public async Task Inbox_RemainingWorkingDays_SkipNationalDay_AndColourByThreshold(
        int year, int month, int day, int remaining, DeadlineStatus status)
    {
        _fixture.SetChinaTime(new DateTime(2025, 9, 30, 10, 0, 0));
        await _fixture.StartShareRequestAsync();
        _fixture.SetChinaTime(new DateTime(year, month, day, 10, 0, 0));

        var row = Assert.Single((await InboxAsync(ApproverGa, new InboxFilter())).Rows);

        Assert.Equal(new DateOnly(2025, 10, 14), row.DueOn);
        Assert.Equal(remaining, row.RemainingWorkingDays);
        Assert.Equal(status, row.Status);
    }

    private async Task<InboxPage> InboxAsync(string email, InboxFilter filter) =>
        await _fixture.Get<GetInbox>().ExecuteAsync(await _fixture.UserAsync(email), filter);
}

public sealed class GetInboxTests() : GetInboxTestsCases(new RuntimeFixture());

/// <summary>The cases above on PostgreSQL (decision 0030): the inbox's ordering, paging and search are SQL.</summary>
public sealed class GetInboxTestsOnPostgreSql() : GetInboxTestsCases(new PostgreSqlRuntimeFixture());
