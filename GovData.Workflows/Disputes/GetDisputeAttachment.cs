using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

public sealed record DisputeAttachmentFile(string FileName, string ContentType, byte[] Content);

/// <summary>An attachment's content for a user who may see its dispute; null otherwise (no hint that it exists).</summary>
public sealed class GetDisputeAttachment(IDbContextFactory<GovDataDbContext> contexts)
{
    public async Task<DisputeAttachmentFile?> ExecuteAsync(UserContext user, int attachmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var disputeId = await db.DisputeAttachments.AsNoTracking().Where(a => a.Id == attachmentId).Select(a => (int?)a.DisputeId).SingleOrDefaultAsync(cancellationToken);
        if (disputeId is null || !await DisputeAccess.Visible(db, user).AnyAsync(d => d.Id == disputeId, cancellationToken))
        {
            return null;
        }

        return await db.DisputeAttachments.AsNoTracking().Where(a => a.Id == attachmentId)
            .Select(a => new DisputeAttachmentFile(a.FileName, a.ContentType, a.Content))
            .SingleAsync(cancellationToken);
    }
}
