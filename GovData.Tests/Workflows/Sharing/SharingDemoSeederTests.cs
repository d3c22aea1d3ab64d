using GovData.Tests.Support;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Workflows.Sharing;

public sealed class SharingDemoSeederTests
{
    [Fact]
    public async Task SeedAsync_PendingApprovedAndRefusedRequests_OnceOnly()
    {
        await using var database = await SqliteTestDatabase.CreateSeededAsync();
        // Twice: the second run adds nothing.
        await SharingDemo.SeedAsync(database);
        await SharingDemo.SeedAsync(database);

        await using var db = database.CreateDbContext();
        var states = await db.WorkflowInstances.OrderBy(i => i.Id).Select(i => i.State).ToListAsync();
        Assert.Equal(
            [ShareRequestWorkflowV1.Submitted, ShareRequestWorkflowV1.Approved, ShareRequestWorkflowV1.Refused, ShareRequestWorkflowV1.Submitted, ShareRequestWorkflowV1.Submitted],
            states);
        Assert.Equal(5, await db.ShareRequests.CountAsync());
        // GA's approver (the README's) has two requests waiting, one overdue: due 2025-10-28, 4 working days before
        // Monday 2025-11-03.
        var ga = await db.Departments.Where(d => d.Code == "GA").Select(d => d.Id).SingleAsync();
        var waiting = await db.WorkflowInstances.Where(i => i.ProviderDepartmentId == ga && i.ClosedAtUtc == null).OrderBy(i => i.Id).ToListAsync();
        Assert.Equal(2, waiting.Count);
        Assert.Equal(new DateOnly(2025, 10, 28), waiting[1].DueOn);
        Assert.True(waiting[0].DueOn > new DateOnly(2025, 11, 3));
        var grant = await db.ShareGrants.SingleAsync();
        Assert.Equal(2, grant.Granted().Count);
        Assert.Equal(new DateOnly(2026, 2, 1), grant.ValidUntil);
        Assert.NotNull((await db.ShareRequests.SingleAsync(r => r.RefusalReason != null)).RefusalLegalBasisId);
    }
}
