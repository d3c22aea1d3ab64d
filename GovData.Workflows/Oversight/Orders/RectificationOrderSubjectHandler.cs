using System.Globalization;
using GovData.Domain;
using GovData.Domain.Oversight;
using GovData.Domain.Time;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Oversight.Orders;

/// <summary>
/// The order's side of each step, inside the runtime's transaction: the department's states carry the order's own due
/// date (kept across a send-back), the bureau's verification none; a report needs its text (the comment) and its
/// evidence must be links that exist; a send-back needs comments; the bureau's steps (accept, send back, cancel,
/// reassign, move the deadline) come only from a bureau that supervises the department. A moved deadline moves the
/// order's. A broken rule throws <see cref="DomainRuleException"/>, which rolls the whole step back.
/// </summary>
public sealed class RectificationOrderSubjectHandler(TimeProvider time, WorkingDayCalendarProvider calendars) : IWorkflowSubjectHandler
{
    private static readonly HashSet<string> BureauTriggers = new(StringComparer.Ordinal)
    {
        RectificationOrderWorkflowV1.Accept, RectificationOrderWorkflowV1.SendBack, WorkflowBuilder.Cancel, WorkflowBuilder.Reassign, WorkflowBuilder.SetDeadline,
    };

    public Task<bool> AllowsAsync(SubjectGuardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Task.FromResult(!BureauTriggers.Contains(query.Trigger.Trigger) || query.User.SupervisesDepartment(query.Instance.ProviderDepartmentId));
    }

    public async Task OnChangedAsync(WorkflowChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var db = change.Db;
        var order = change.Instance.SubjectType == IssueRectificationOrder.SubjectType
            && int.TryParse(change.Instance.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var orderId)
                ? await db.RectificationOrders.SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken)
                : null;
        if (order is null)
        {
            throw SubjectMissing.For(change.Instance);
        }

        if (BureauTriggers.Contains(change.Entry.Trigger) && !change.Actor.SupervisesDepartment(order.DepartmentId))
        {
            throw new DomainRuleException(OversightErrors.NotAllowed);
        }

        var now = time.GetUtcNow().UtcDateTime;
        switch (change.Entry.Trigger)
        {
            case RectificationOrderWorkflowV1.Acknowledge:
                order.Acknowledge(now);
                break;
            case RectificationOrderWorkflowV1.SubmitReport:
                var links = RectificationOrderArguments.ReportEvidence.ListIn(change.Arguments).Select(text => EvidenceLink.Parse(text)
                    ?? throw new DomainRuleException(OversightErrors.EvidenceUnknown, text)).ToList();
                await OrderEvidence.EnsureExistAsync(db, links, cancellationToken);
                order.Report(change.Entry.Comment, links, now);
                break;
            case RectificationOrderWorkflowV1.SendBack:
                order.SendBack(change.Entry.Comment);
                break;
            case RectificationOrderWorkflowV1.Accept:
                order.Accept(change.Entry.Comment, ChinaTime.Today(time));
                break;
            case WorkflowBuilder.SetDeadline when change.Instance.DueOn is { } moved:
                order.MoveDeadline(moved);
                break;
        }

        await KeepDeadlineAsync(change, order, cancellationToken);
    }

    /// <summary>The department's states run to the order's due date; the bureau's verification has none.</summary>
    private async Task KeepDeadlineAsync(WorkflowChange change, RectificationOrder order, CancellationToken cancellationToken)
    {
        var instance = change.Instance;
        if (instance.IsClosed || !RectificationOrderWorkflowV1.DepartmentStates.Contains(instance.State))
        {
            if (!instance.IsClosed)
            {
                instance.SetDeadline(null, null, true);
            }

            return;
        }

        if (instance.DueOn == order.DueOn)
        {
            return;
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        // Counted from the day of issue, so the explanation holds only while the state is the one entered that day.
        var fromIssue = instance.StateEnteredOn == order.IssuedOn;
        instance.SetDeadline(order.DueOn, fromIssue ? order.DeadlineWorkingDays : null, calendar.MissingYearsBetween(order.IssuedOn, order.DueOn).Count == 0);
    }
}
