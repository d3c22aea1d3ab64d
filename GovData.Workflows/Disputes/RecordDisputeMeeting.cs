using GovData.Domain;
using GovData.Domain.Disputes;
using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

public sealed record RecordDisputeMeetingCommand(int DisputeId, DateOnly? HeldOn, string? Attendees, string? Notes);

/// <summary>The responsible bureau records a coordination meeting (date, attendees, notes) while it coordinates: the
/// meeting, a journal entry and both parties' notifications in one unit of work.</summary>
public sealed class RecordDisputeMeeting(UnitOfWork unitOfWork, DisputeNotifier notifier, TimeProvider time)
{
    public async Task<DisputeResult> ExecuteAsync(UserContext user, RecordDisputeMeetingCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            return await unitOfWork.RunAsync(user, (db, ct) => RecordAsync(db, user, command, ct), cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            return DisputeResult.From(rule);
        }
    }

    private async Task<DisputeResult> RecordAsync(GovDataDbContext db, UserContext user, RecordDisputeMeetingCommand command, CancellationToken cancellationToken)
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

        var now = time.GetUtcNow().UtcDateTime;
        var meeting = DisputeMeeting.Record(dispute.Id, command.HeldOn, command.Attendees, command.Notes, user.UserId, ChinaTime.Today(time), now);
        db.DisputeMeetings.Add(meeting);
        var summary = $"{meeting.HeldOn:yyyy-MM-dd} · {meeting.Attendees}\n{meeting.Notes}";
        DisputeJournal.Append(db, instance, DisputeJournal.Meeting, user, DisputeSteps.Excerpt(summary), instance.DueOn, now);
        await notifier.NotifyPartiesAsync(db, dispute, instance, DisputeJournal.Meeting, user.UserId, null, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return DisputeResult.Done(dispute.Id, instance.Id);
    }
}
