using System.Globalization;
using GovData.Domain;
using GovData.Domain.Disputes;
using GovData.Domain.Time;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

/// <summary>
/// The dispute's side of each step, inside the runtime's transaction: acceptance asks both parties for a statement (each
/// with its own due date, setting Dispute.StatementWorkingDays); a decline and every decision need the bureau's reasons
/// (the comment); an order records the items and purpose and the date the grant is due (the state's deadline); issuing
/// the grant creates it through the grant rules (<see cref="Domain.Sharing.ShareGrant.Issue"/>) and closes the dispute as
/// complied. Every bureau step must come from the bureau responsible for the provider. Both parties are told of each
/// step (<see cref="DisputeNotifier"/>), and a decision issues its written decision (<see cref="DisputeDecisionDocument"/>),
/// in the same transaction.
/// </summary>
public sealed class DisputeSubjectHandler(
    TimeProvider time, DisputeSettings settings, WorkingDayCalendarProvider calendars, DisputeNotifier notifier, DisputeDecisionDocument document)
    : IWorkflowSubjectHandler
{
    private static readonly HashSet<string> BureauTriggers = new(StringComparer.Ordinal)
    {
        DisputeWorkflowV1.Accept, DisputeWorkflowV1.Decline, DisputeWorkflowV1.OrderSharing, DisputeWorkflowV1.OrderPartly,
        DisputeWorkflowV1.UpholdRefusal, WorkflowBuilder.Cancel, WorkflowBuilder.Reassign, WorkflowBuilder.SetDeadline,
    };

    private static readonly HashSet<string> ReasonedTriggers = new(StringComparer.Ordinal)
    {
        DisputeWorkflowV1.Decline, DisputeWorkflowV1.OrderSharing, DisputeWorkflowV1.OrderPartly, DisputeWorkflowV1.UpholdRefusal,
    };

    public static bool IsBureauTrigger(string trigger) => BureauTriggers.Contains(trigger);

    public static bool NeedsReason(string trigger) => ReasonedTriggers.Contains(trigger);

    public async Task<bool> AllowsAsync(SubjectGuardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return !BureauTriggers.Contains(query.Trigger.Trigger)
            || await DisputeAccess.IsResponsibleBureauAsync(query.Db, query.User, query.Instance.ProviderDepartmentId, cancellationToken);
    }

    public async Task OnChangedAsync(WorkflowChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var db = change.Db;
        var dispute = await DisputeOfAsync(db, change.Instance.SubjectType, change.Instance.SubjectId, cancellationToken)
            ?? throw SubjectMissing.For(change.Instance);
        var trigger = change.Entry.Trigger;
        if (BureauTriggers.Contains(trigger)
            && !await DisputeAccess.IsResponsibleBureauAsync(db, change.Actor, dispute.ProviderDepartmentId, cancellationToken))
        {
            throw new DomainRuleException(DisputeErrors.WrongBureau);
        }

        if (ReasonedTriggers.Contains(trigger) && string.IsNullOrWhiteSpace(change.Entry.Comment))
        {
            throw new DomainRuleException(DisputeErrors.ReasonRequired);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(time);
        switch (trigger)
        {
            case DisputeWorkflowV1.Accept:
                await AskStatementsAsync(db, dispute, today, cancellationToken);
                break;
            case DisputeWorkflowV1.OrderSharing:
            case DisputeWorkflowV1.OrderPartly:
                await DecideAsync(
                    db, dispute, trigger == DisputeWorkflowV1.OrderSharing ? DisputeOutcome.SharingOrdered : DisputeOutcome.PartlyOrdered,
                    change, now, cancellationToken);
                await document.IssueAsync(db, dispute, change.Actor.DepartmentId!.Value, change.Actor.UserId, cancellationToken);
                break;
            case DisputeWorkflowV1.UpholdRefusal:
                await DecideAsync(db, dispute, DisputeOutcome.RefusalUpheld, change, now, cancellationToken);
                await document.IssueAsync(db, dispute, change.Actor.DepartmentId!.Value, change.Actor.UserId, cancellationToken);
                break;
            case DisputeWorkflowV1.IssueGrant:
                await IssueGrantAsync(db, dispute, change, today, now, cancellationToken);
                break;
        }

        if (trigger is not (WorkflowBuilder.Reassign or WorkflowBuilder.SetDeadline))
        {
            await notifier.NotifyPartiesAsync(db, dispute, change.Instance, trigger, change.Actor.UserId, change.Entry.Comment, now, cancellationToken);
        }
    }

    internal static async Task<Dispute?> DisputeOfAsync(GovDataDbContext db, string subjectType, string subjectId, CancellationToken cancellationToken) =>
        subjectType == DisputeProcess.SubjectTypeName && int.TryParse(subjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await db.Disputes.SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            : null;

    private async Task AskStatementsAsync(GovDataDbContext db, Dispute dispute, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.DisputeStatements.AnyAsync(s => s.DisputeId == dispute.Id, cancellationToken))
        {
            return;
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var due = calendar.AddWorkingDays(today, settings.StatementWorkingDays);
        db.DisputeStatements.Add(DisputeStatement.Ask(dispute.Id, DisputeSide.Requester, dispute.RequesterDepartmentId, today, due));
        db.DisputeStatements.Add(DisputeStatement.Ask(dispute.Id, DisputeSide.Provider, dispute.ProviderDepartmentId, today, due));
    }

    private static async Task DecideAsync(
        GovDataDbContext db, Dispute dispute, DisputeOutcome outcome, WorkflowChange change, DateTime now, CancellationToken cancellationToken)
    {
        var items = await db.DataItems.AsNoTracking().Where(i => i.DataResourceId == dispute.DataResourceId).ToListAsync(cancellationToken);
        var wanted = dispute.ShareRequestId is { } requestId
            ? (await db.ShareRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, cancellationToken)).Wanted()
            : null;
        var ordered = outcome == DisputeOutcome.RefusalUpheld ? [] : ParseIds(DisputeArguments.OrderedItems.ListIn(change.Arguments));
        dispute.Decide(
            outcome, ordered, DisputeArguments.Purpose.ValueIn(change.Arguments), change.Entry.Comment, items, wanted,
            outcome == DisputeOutcome.RefusalUpheld ? null : change.Instance.DueOn, now);
    }

    private static async Task IssueGrantAsync(
        GovDataDbContext db, Dispute dispute, WorkflowChange change, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var validUntil = DisputeArguments.ValidUntil.DateIn(change.Arguments)
            ?? throw new DomainRuleException(WorkflowResult.ArgumentRequiredKey, DisputeArguments.ValidUntil.Name);
        var dutyBasis = dispute.ShareRequestId is { } requestId
            ? await db.ShareRequests.AsNoTracking().Where(r => r.Id == requestId).Select(r => r.DutyBasis).SingleAsync(cancellationToken)
            : DutyBasisOf(dispute);
        var grant = dispute.Comply(dutyBasis, validUntil, change.Actor.UserId, today, now);
        db.ShareGrants.Add(grant);
        await db.SaveChangesAsync(cancellationToken);
        dispute.LinkGrant(grant.Id);
    }

    /// <summary>A grant ordered about an entry (no request) rests on the bureau's decision.</summary>
    public static string DutyBasisOf(Dispute dispute) =>
        string.Create(CultureInfo.InvariantCulture, $"《条例》第二十一条 共享争议协调决定 第{dispute?.Id}号");

    private static List<int> ParseIds(IReadOnlyList<string> lines)
    {
        List<int> ids = [];
        foreach (var line in lines)
        {
            if (!int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                throw new DomainRuleException(DisputeErrors.ItemNotOfResource, line);
            }

            ids.Add(id);
        }

        return ids;
    }
}
