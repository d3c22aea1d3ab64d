using GovData.Domain.Disputes;
using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

/// <summary>What the dispute's own use cases share: the dispute and its instance, loaded for a user who may see them.</summary>
internal static class DisputeSteps
{
    /// <summary>Both tracked, or both null when the dispute does not exist or the user may not see it.</summary>
    public static async Task<(Dispute? Dispute, WorkflowInstance? Instance)> LoadAsync(
        GovDataDbContext db, UserContext user, int disputeId, CancellationToken cancellationToken)
    {
        var dispute = await db.Disputes.SingleOrDefaultAsync(d => d.Id == disputeId, cancellationToken);
        if (dispute is null || !DisputeAccess.CanSee(user, dispute) || dispute.WorkflowInstanceId is not { } instanceId)
        {
            return (null, null);
        }

        return (dispute, await db.WorkflowInstances.SingleAsync(i => i.Id == instanceId, cancellationToken));
    }

    /// <summary>A text as the journal keeps it (its comment column holds 2,000 characters).</summary>
    public static string Excerpt(string text) => text.Length <= 2000 ? text : string.Concat(text.AsSpan(0, 1999), "…");
}
