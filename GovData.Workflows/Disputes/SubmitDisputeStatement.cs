using GovData.Domain;
using GovData.Domain.Disputes;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

public sealed record SubmitDisputeStatementCommand(int DisputeId, string? Text, IReadOnlyList<DisputeFile> Attachments);

/// <summary>
/// A party's statement (情况说明), once per side while the bureau coordinates: the text, its attachments, a journal entry
/// and both parties' notifications in one unit of work. Only the side's own roles speak for it (requesters or the lead
/// of the requesting department, approvers or the lead of the providing one).
/// </summary>
public sealed class SubmitDisputeStatement(UnitOfWork unitOfWork, DisputeNotifier notifier, TimeProvider time)
{
    public async Task<DisputeResult> ExecuteAsync(UserContext user, SubmitDisputeStatementCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        if (DisputeAttachments.Check(command.Attachments) is { } refused)
        {
            return refused;
        }

        try
        {
            return await unitOfWork.RunAsync(user, (db, ct) => SubmitAsync(db, user, command, ct), cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            return DisputeResult.From(rule);
        }
    }

    private async Task<DisputeResult> SubmitAsync(GovDataDbContext db, UserContext user, SubmitDisputeStatementCommand command, CancellationToken cancellationToken)
    {
        var (dispute, instance) = await DisputeSteps.LoadAsync(db, user, command.DisputeId, cancellationToken);
        if (dispute is null || instance is null)
        {
            return DisputeResult.Refused(DisputeErrors.NotFound, command.DisputeId);
        }

        if (DisputeAccess.SpeaksFor(user, dispute) is not { } side)
        {
            return DisputeResult.Refused(DisputeErrors.NotAParty);
        }

        if (instance.State != DisputeWorkflowV1.Coordinating)
        {
            return DisputeResult.Refused(DisputeErrors.NotCoordinating);
        }

        var statement = await db.DisputeStatements.SingleAsync(s => s.DisputeId == dispute.Id && s.Side == side, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        statement.Give(command.Text, user.UserId, WorkflowSteps.ActorName(user), now);
        db.DisputeAttachments.AddRange(DisputeAttachments.Rows(dispute.Id, statement.Id, command.Attachments, user.UserId, now));
        var entry = DisputeJournal.Append(db, instance, DisputeJournal.Statement, user, DisputeSteps.Excerpt(statement.Text!), instance.DueOn, now);
        await notifier.NotifyPartiesAsync(db, dispute, instance, DisputeJournal.Statement, user.UserId, null, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return DisputeResult.Done(dispute.Id, instance.Id);
    }
}
