using GovData.Domain.Oversight;
using GovData.Workflows.Oversight.Orders;
using GovData.Workflows.Oversight.Proposals;
using GovData.Workflows.Persistence;
using GovData.Workflows.Seeding;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Oversight;

/// <summary>
/// The demo city's oversight, through the real use cases: the proposal job runs once (the sharing demo's overdue
/// request to 公安局 becomes an open proposal), and the bureau orders 人力资源和社会保障局 to update an entry, so bureau staff
/// find an open proposal and an open order on <c>dotnet run</c>. Runs only on a city without any.
/// </summary>
public sealed class OversightDemoSeeder(
    IDbContextFactory<GovDataDbContext> contextFactory, ProposeRectifications propose, IssueRectificationOrder issue)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        int? department;
        int? entry;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.RectificationProposals.AnyAsync(cancellationToken) || await db.RectificationOrders.AnyAsync(cancellationToken))
            {
                return;
            }

            department = await db.Departments.Where(d => d.Code == "RS").Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken);
            entry = await db.DataResources.Where(r => r.ProviderDepartmentId == department).OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        }

        await propose.RunAsync(cancellationToken);
        if (department is not { } rs || entry is not { } id)
        {
            return;
        }

        var bureau = await DemoUserContext.ForAsync(contextFactory, "bureau@govdata.local", cancellationToken);
        await issue.ExecuteAsync(
            bureau,
            new IssueOrderCommand(
                rs, RectificationViolation.DataNotMaintained, "社会保险参保登记信息目录标注为每日更新，但共享平台上的数据已多日未更新。",
                [new EvidenceLink(EvidenceKind.CatalogEntry, id)], IssueRectificationOrder.DefaultWorkingDays),
            cancellationToken);
    }
}
