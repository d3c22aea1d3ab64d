using GovData.Domain.Disputes;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

public sealed record SubjectDisputeRow(int Id, DisputeGround Ground, string State, bool IsClosed, DateTime FiledAtUtc);

/// <summary>The disputes about a share request or a catalog entry that the user may see (for the links on those pages).</summary>
public sealed class ListSubjectDisputes(IDbContextFactory<GovDataDbContext> contexts)
{
    public async Task<IReadOnlyList<SubjectDisputeRow>> ExecuteAsync(
        UserContext user, int? shareRequestId, int? resourceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var disputes = DisputeAccess.Visible(db, user);
        disputes = shareRequestId is { } requestId
            ? disputes.Where(d => d.ShareRequestId == requestId)
            : disputes.Where(d => d.DataResourceId == resourceId);
        return await (
            from d in disputes
            join i in db.WorkflowInstances on d.WorkflowInstanceId equals i.Id
            orderby d.Id descending
            select new SubjectDisputeRow(d.Id, d.Ground, i.State, i.ClosedAtUtc != null, d.FiledAtUtc))
            .Take(20)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }
}
