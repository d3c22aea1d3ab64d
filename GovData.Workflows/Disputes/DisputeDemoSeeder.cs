using GovData.Domain.Disputes;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using GovData.Workflows.Seeding;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

/// <summary>
/// One open dispute through the real use case, so bureau staff find one on a fresh demo: SCJG contests ZRZY's refusal of
/// its request for land-parcel data (seeded by <see cref="Sharing.SharingDemoSeeder"/>); it waits for the municipal
/// bureau to accept it. Runs only while there is no dispute at all and that refusal exists.
/// </summary>
public sealed class DisputeDemoSeeder(IDbContextFactory<GovDataDbContext> contextFactory, FileDispute file)
{
    public const string Claim =
        "我局申请的是宗地位置与用途等登记信息，用于市场主体住所核验，不涉及涉密测绘成果；拒绝所依据的《测绘法》条款与申请事项不符，请求协调共享。";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        int? refusedId;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Disputes.AnyAsync(cancellationToken))
            {
                return;
            }

            var scjg = await db.Departments.Where(d => d.Code == "SCJG").Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken);
            refusedId = await db.ShareRequests
                .Where(r => r.RequestingDepartmentId == scjg && r.RefusalLegalBasisId != null)
                .OrderBy(r => r.Id)
                .Select(r => (int?)r.Id)
                .FirstOrDefaultAsync(cancellationToken);
        }

        if (refusedId is null)
        {
            return;
        }

        UserContext requester = await DemoUserContext.ForAsync(contextFactory, "requester.scjg@govdata.local", cancellationToken);
        await file.ExecuteAsync(requester, new FileDisputeCommand(DisputeGround.Refusal, refusedId, null, Claim, []), cancellationToken);
    }
}
