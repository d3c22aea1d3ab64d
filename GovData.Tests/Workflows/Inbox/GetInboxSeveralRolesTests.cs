using GovData.Domain.Identity;
using GovData.Tests.Workflows.Runtime;
using GovData.Workflows.Inbox;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Inbox;

/// <summary>
/// A user holding several roles: the inbox reads one index range per role (UNION ALL, decision 0035) and must still
/// show one list, counted once, ordered by due date then id across the roles, the items without a deadline last, the
/// same order at every page size.
/// </summary>
public abstract class GetInboxSeveralRolesTestsCases(RuntimeFixture fixture) : IAsyncLifetime
{
    private const string ApproverGa = "approver.ga@govdata.local";

    private readonly RuntimeFixture _fixture = fixture;

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(20)]
    public async Task Inbox_OfSeveralRoles_IsOneListByDueDateThenId(int pageSize)
    {
        // Received 29 Sep: C (approver), then B (lead) — the same due date, so id order; received 10 Oct: D (lead),
        // then A (approver); U (lead) and V (approver) have no deadline.
        _fixture.SetChinaTime(new DateTime(2025, 9, 29, 9, 0, 0));
        var c = await _fixture.StartShareRequestAsync();
        var b = await _fixture.StartShareRequestAsync();
        _fixture.SetChinaTime(new DateTime(2025, 10, 10, 9, 0, 0));
        var d = await _fixture.StartShareRequestAsync();
        var a = await _fixture.StartShareRequestAsync();
        var u = await _fixture.StartShareRequestAsync();
        var v = await _fixture.StartShareRequestAsync();
        await AssignToLeadAsync(b, d, u);
        await RemoveDeadlinesAsync(u, v);
        var user = await BothRolesAsync();

        var seen = new List<long>();
        for (var page = 0; page * pageSize < 6 + pageSize; page++)
        {
            var result = await _fixture.Get<GetInbox>().ExecuteAsync(user, new InboxFilter(Page: page, PageSize: pageSize));
            Assert.Equal(6, result.TotalCount);
            seen.AddRange(result.Rows.Select(r => r.InstanceId));
        }

        Assert.Equal([c, b, d, a, u, v], seen);
    }

    [Fact]
    public async Task Inbox_OfSeveralRoles_OverdueOnly_CountsEachItemOnce()
    {
        _fixture.SetChinaTime(new DateTime(2025, 9, 1, 9, 0, 0));
        var lead = await _fixture.StartShareRequestAsync();
        var approver = await _fixture.StartShareRequestAsync();
        _fixture.SetChinaTime(new DateTime(2025, 10, 10, 9, 0, 0));
        await _fixture.StartShareRequestAsync();
        await AssignToLeadAsync(lead);

        var both = await _fixture.Get<GetInbox>().ExecuteAsync(await BothRolesAsync(), new InboxFilter(OverdueOnly: true));
        var leadOnly = await _fixture.Get<GetInbox>().ExecuteAsync(
            (await _fixture.UserAsync(ApproverGa)) with { Roles = new HashSet<string> { Roles.DepartmentLead } },
            new InboxFilter(OverdueOnly: true));

        Assert.Equal(2, both.TotalCount);
        Assert.Equal([lead, approver], both.Rows.Select(r => r.InstanceId));
        Assert.Equal(lead, Assert.Single(leadOnly.Rows).InstanceId);
        Assert.Equal(1, leadOnly.TotalCount);
    }

    [Fact]
    public async Task Inbox_WithoutRoles_IsEmpty()
    {
        await _fixture.StartShareRequestAsync();

        var page = await _fixture.Get<GetInbox>().ExecuteAsync(
            (await _fixture.UserAsync(ApproverGa)) with { Roles = new HashSet<string>() }, new InboxFilter());

        Assert.Empty(page.Rows);
        Assert.Equal(0, page.TotalCount);
    }

    private async Task<UserContext> BothRolesAsync() =>
        (await _fixture.UserAsync(ApproverGa)) with { Roles = new HashSet<string> { Roles.Approver, Roles.DepartmentLead } };

    private async Task AssignToLeadAsync(params long[] ids)
    {
        await using var db = _fixture.Database.WriteContext();
        await db.WorkflowInstances.Where(i => ids.Contains(i.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AssigneeRole, Roles.DepartmentLead));
    }

    private async Task RemoveDeadlinesAsync(params long[] ids)
    {
        await using var db = _fixture.Database.WriteContext();
        foreach (var instance in await db.WorkflowInstances.Where(i => ids.Contains(i.Id)).ToListAsync())
        {
            instance.SetDeadline(null, null, true);
        }

        await db.SaveChangesAsync();
    }
}

public sealed class GetInboxSeveralRolesTests() : GetInboxSeveralRolesTestsCases(new RuntimeFixture());

/// <summary>The cases above on PostgreSQL (decision 0030), where the per-role ranges are merged by the planner.</summary>
public sealed class GetInboxSeveralRolesTestsOnPostgreSql() : GetInboxSeveralRolesTestsCases(new PostgreSqlRuntimeFixture());
