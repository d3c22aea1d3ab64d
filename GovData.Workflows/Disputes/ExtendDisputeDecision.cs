using GovData.Domain;
using GovData.Domain.Disputes;
using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;

namespace GovData.Workflows.Disputes;

public sealed record ExtendDisputeDecisionCommand(int DisputeId, string? Reason);

/// <summary>
/// The bureau's one extension of its decision deadline (setting Dispute.ExtensionWorkingDays, default 5 working days
/// added to the current due date), with a reason; journalled with the due date before and after, both parties told.
/// </summary>
public sealed class ExtendDisputeDecision(
    UnitOfWork unitOfWork, DisputeNotifier notifier, DisputeSettings settings, WorkingDayCalendarProvider calendars, TimeProvider time)
{
    public async Task<DisputeResult> ExecuteAsync(UserContext user, ExtendDisputeDecisionCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            return DisputeResult.Refused(DisputeErrors.ReasonRequired);
        }

        try
        {
            return await unitOfWork.RunAsync(user, (db, ct) => ExtendAsync(db, user, command, ct), cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            return DisputeResult.From(rule);
        }
    }

    private async Task<DisputeResult> ExtendAsync(GovDataDbContext db, UserContext user, ExtendDisputeDecisionCommand command, CancellationToken cancellationToken)
    {
        var (dispute, instance) = await DisputeSteps.LoadAsync(db, user, command.DisputeId, cancellationToken);
        if (dispute is null || instance is null)
        {
            return DisputeResult.Refused(DisputeErrors.NotFound, command.DisputeId);
        }

        if (!await DisputeAccess.IsResponsibleBureauAsync(db, user, dispute.ProviderDepartmentId, cancellationToken))
        {
            return DisputeResult.Refused(DisputeErrors.WrongBureau);
        }

        if (instance.State != DisputeWorkflowV1.Coordinating)
        {
            return DisputeResult.Refused(DisputeErrors.NotCoordinating);
        }

        dispute.Extend();
        var today = ChinaTime.Today(time);
        var before = instance.DueOn;
        var days = settings.ExtensionWorkingDays;
        var (due, complete) = WorkflowSteps.Deadline(await calendars.GetAsync(cancellationToken), before ?? today, days);
        instance.SetDeadline(due, (instance.DeadlineWorkingDays ?? 0) + days, complete);
        var now = time.GetUtcNow().UtcDateTime;
        DisputeJournal.Append(db, instance, DisputeJournal.ExtendDecision, user, DisputeSteps.Excerpt(command.Reason!.Trim()), before, now);
        await notifier.NotifyPartiesAsync(db, dispute, instance, DisputeJournal.ExtendDecision, user.UserId, command.Reason, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return DisputeResult.Done(dispute.Id, instance.Id);
    }
}
