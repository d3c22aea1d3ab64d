using System.Globalization;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Workflows.Calendar;
using GovData.Workflows.Deadlines;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using GovData.Workflows.Seeding;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Sharing;

/// <summary>
/// A few demo share requests through the real use cases, so the sharing pages are not empty on a fresh demo: JT asks
/// ZRZY (pending), WJ asks RS (approved: a grant), SCJG asks ZRZY (refused with a legal basis); GA's approver (the
/// README's) has two requests waiting: WJ's (just received) and SCJG's, backdated so that it is overdue — the deadline
/// sweep (run here when it is registered, otherwise by its recurring job) then escalates it. RS's requester starts
/// with nothing of its own for the walkthrough. Runs only while there is no share request at all.
/// </summary>
public sealed class SharingDemoSeeder(
    IDbContextFactory<GovDataDbContext> contextFactory,
    SubmitShareRequest submit,
    FireTrigger fire,
    WorkingDayCalendarProvider calendars,
    TimeProvider time,
    DeadlineSweep? sweep = null)
{
    /// <summary>Working days the seeded overdue request is past its due date (enough for two escalation steps).</summary>
    public const int OverdueWorkingDays = 4;

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

        await SubmitAsync("requester.wj@govdata.local", "1.04.001/GA-0002", "出生医学证明签发时核验父母身份证件", "《母婴保健法》出生医学证明管理职责", today, cancellationToken);
        var overdue = await SubmitAsync("requester.scjg@govdata.local", "3.01.001/GA-0003", "营运车辆经营者资质核查", "市场主体登记和信用监管职责", today, cancellationToken);
        if (overdue is { InstanceId: { } late })
        {
            await BackdateAsync(late, today, cancellationToken);
        }

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

    /// <summary>Moves the request's receipt and due date into the past, as if it had been waiting for weeks, and lets
    /// the sweep send the overdue notice and the escalations it would have sent by now.</summary>
    private async Task BackdateAsync(long instanceId, DateOnly today, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var due = today;
        for (var passed = 0; passed < OverdueWorkingDays;)
        {
            due = due.AddDays(-1);
            passed += calendar.IsWorkingDay(due) ? 1 : 0;
        }

        var received = due.AddDays(-10);
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.WorkflowInstances.Where(i => i.Id == instanceId)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.DueOn, due).SetProperty(i => i.ReceivedOn, received), cancellationToken);
        }

        if (sweep is not null)
        {
            await sweep.SweepAsync(cancellationToken);
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

    private Task<UserContext> UserAsync(string email, CancellationToken cancellationToken) =>
        DemoUserContext.ForAsync(contextFactory, email, cancellationToken);
}
