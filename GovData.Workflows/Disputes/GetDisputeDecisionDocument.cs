using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

public sealed record DisputeDecisionFile(string Number, byte[] Content);

/// <summary>The dispute's written decision for a user who may see the dispute; null otherwise or before a decision.</summary>
public sealed class GetDisputeDecisionDocument(IDbContextFactory<GovDataDbContext> contexts)
{
    public async Task<DisputeDecisionFile?> ExecuteAsync(UserContext user, int disputeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await DisputeAccess.Visible(db, user).AnyAsync(d => d.Id == disputeId, cancellationToken))
        {
            return null;
        }

        return await db.IssuedDocuments.AsNoTracking()
            .Where(d => d.Kind == DisputeDecisionDocument.Kind && d.SubjectType == DisputeProcess.SubjectTypeName && d.SubjectId == disputeId)
            .OrderByDescending(d => d.IssuedAtUtc)
            .Select(d => new DisputeDecisionFile(d.Number, d.Content))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
