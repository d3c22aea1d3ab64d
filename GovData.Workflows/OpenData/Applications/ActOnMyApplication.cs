using GovData.Domain.Identity;
using GovData.Domain.OpenData.Applications;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>
/// The applicant's two actions on their own application: supply the material asked for (the text goes into the
/// journal and the application; the clock restarts with the working days that were left) and withdraw while open. Both
/// go through the ordinary trigger path: the definition's guard (only the initiator, only in the right state), the
/// revision the page showed (a concurrent decision wins with a clear message), journal and notifications in one
/// transaction.
/// </summary>
public sealed class ActOnMyApplication(IDbContextFactory<GovDataDbContext> contexts, FireTrigger fire)
{
    public Task<WorkflowResult> SupplyAsync(int id, string? material, int? seenRevision, UserContext user, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(material)
            ? Task.FromResult(WorkflowResult.Refused(WorkflowOutcome.RuleBroken, OpenDataApplicationErrors.MaterialRequired))
            : FireAsync(id, OpenDataApplicationWorkflowV1.Supply, material.Trim(), seenRevision, user, cancellationToken);

    public Task<WorkflowResult> WithdrawAsync(int id, int? seenRevision, UserContext user, CancellationToken cancellationToken = default) =>
        FireAsync(id, OpenDataApplicationWorkflowV1.Withdraw, null, seenRevision, user, cancellationToken);

    private async Task<WorkflowResult> FireAsync(int id, string trigger, string? comment, int? seenRevision, UserContext user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        long? instanceId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            instanceId = await db.OpenDataApplications.AsNoTracking()
                .Where(a => a.Id == id && a.ApplicantUserId == user.UserId && user.UserId != string.Empty)
                .Select(a => a.WorkflowInstanceId).SingleOrDefaultAsync(cancellationToken);
        }

        if (instanceId is not { } instance)
        {
            return WorkflowResult.Refused(WorkflowOutcome.NotFound, WorkflowResult.NotFoundKey, id);
        }

        return await fire.ExecuteAsync(new FireTriggerRequest(instance, trigger, null, comment, seenRevision), user, cancellationToken);
    }
}
