using System.Globalization;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Sharing;

/// <summary>
/// A few demo share requests through the real use cases, so the sharing pages are not empty on a fresh demo: JT asks
/// ZRZY (pending), WJ asks RS (approved: a grant), SCJG asks ZRZY (refused with a legal basis). GA's and RS's
/// requester inboxes stay empty for the walkthrough. Runs only while there is no share request at all.
/// </summary>
public sealed class SharingDemoSeeder(
    IDbContextFactory<GovDataDbContext> contextFactory,
    SubmitShareRequest submit,
    FireTrigger fire,
    TimeProvider time)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.ShareRequests.AnyAsync(cancellationToken) || !await db.DataItems.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        var today = ChinaTime.Today(time);
        await SubmitAsync("requester.jt@govdata.local", "1.03.001/ZRZY-0001", "出租汽车经营者住所核验", "《巡游出租汽车经营服务管理规定》经营许可职责", today, cancellationToken);
        var approved = await SubmitAsync("requester.wj@govdata.local", "2.02.001/RS-0001", "医保与社保参保状态比对", "基本医疗保障参保登记职责", today, cancellationToken);
        var refused = await SubmitAsync("requester.scjg@govdata.local", "1.03.002/ZRZY-0002", "市场主体住所地图标注", "市场主体登记管理职责", today, cancellationToken);

        if (approved is { } a)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var items = await db.ShareRequests.Where(r => r.Id == a.Id).Select(r => r.WantedItemIds).SingleAsync(cancellationToken);
            await fire.ExecuteAsync(
                new FireTriggerRequest(a.InstanceId!.Value, ShareRequestWorkflowV1.Approve, new Dictionary<string, string>(
                [
                    ShareRequestArguments.GrantedItems.Of(items.Split(',').Take(2)),
                    ShareRequestArguments.ValidUntil.Of(today.AddDays(90)),
                ])),
                await UserAsync("approver.rs@govdata.local", cancellationToken),
                cancellationToken);
        }

        if (refused is { } r)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var basis = await db.LegalBases.Where(b => b.LawName == "中华人民共和国测绘法").Select(b => b.Id).FirstAsync(cancellationToken);
            await fire.ExecuteAsync(
                new FireTriggerRequest(
                    r.InstanceId!.Value, ShareRequestWorkflowV1.Refuse,
                    new Dictionary<string, string>([ShareRequestArguments.LegalBasis.Of(basis)]),
                    "1:2000 地形图属涉密测绘成果，请改用已公开的标准地图服务。"),
                await UserAsync("approver.zrzy@govdata.local", cancellationToken),
                cancellationToken);
        }
    }

    private async Task<SharingResult?> SubmitAsync(
        string email, string resourceCode, string purpose, string dutyBasis, DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var resourceId = await db.DataResources.Where(r => r.Code == ResourceCode.Parse(resourceCode)).Select(r => (int?)r.Id).SingleOrDefaultAsync(cancellationToken);
        if (resourceId is null)
        {
            return null;
        }

        var items = await db.DataItems.Where(i => i.DataResourceId == resourceId).OrderBy(i => i.Id).Select(i => i.Id).Take(3).ToListAsync(cancellationToken);
        var result = await submit.ExecuteAsync(
            await UserAsync(email, cancellationToken),
            new SubmitShareRequestCommand(resourceId.Value, purpose, dutyBasis, items, today, today.AddYears(1)),
            cancellationToken);
        return result.Succeeded ? result : null;
    }

    private async Task<UserContext> UserAsync(string email, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email, cancellationToken);
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, role => role.Id, (_, role) => role.Name!)
            .ToListAsync(cancellationToken);
        return new UserContext(user.Id, user.DisplayName, user.DepartmentId, false, roles.ToHashSet(StringComparer.Ordinal));
    }
}
