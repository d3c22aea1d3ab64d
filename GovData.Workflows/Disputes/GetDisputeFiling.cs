using GovData.Domain.Disputes;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

/// <summary>What a dispute would be about, and on which grounds this user may raise it now (none: the form is not shown).</summary>
public sealed record DisputeFiling(
    int? ShareRequestId, int ResourceId, string ResourceName, string ResourceCode, string ProviderName, string? RequesterName, string? Purpose,
    string? RefusalReason, IReadOnlyList<DisputeGround> Grounds);

/// <summary>
/// The filing page's subject: a share request (for its requester: refusal or overdue; for its provider: outside duties
/// while it is open) or an entry (for another department's requester: a contestable share type). Null when the subject
/// does not exist or the user is no party to it — a department learns nothing of another's requests.
/// </summary>
public sealed class GetDisputeFiling(IDbContextFactory<GovDataDbContext> contexts, TimeProvider time)
{
    public async Task<DisputeFiling?> ExecuteAsync(UserContext user, int? shareRequestId, int? resourceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated || user.DepartmentId is not { } department)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var requesterRole = DisputeAccess.RequesterRoles.Any(user.IsInRole);
        if (shareRequestId is { } requestId)
        {
            var request = await db.ShareRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
            if (request is null || (request.RequestingDepartmentId != department && request.ProviderDepartmentId != department))
            {
                return null;
            }

            var instance = await db.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == request.WorkflowInstanceId, cancellationToken);
            var today = ChinaTime.Today(time);
            var candidates = request.RequestingDepartmentId == department
                ? (requesterRole ? new[] { DisputeGround.Refusal, DisputeGround.Overdue } : [])
                : (DisputeAccess.ProviderRoles.Any(user.IsInRole) ? new[] { DisputeGround.OutsideDuties } : []);
            var grounds = candidates.Where(g => FileDispute.GroundProblem(g, request.RefusalLegalBasisId is not null, instance, today) is null).ToList();
            var open = await db.Disputes.AnyAsync(
                d => d.ShareRequestId == request.Id && db.WorkflowInstances.Any(i => i.Id == d.WorkflowInstanceId && i.ClosedAtUtc == null), cancellationToken);
            return await FilingAsync(db, request.Id, request.DataResourceId, request.RequestingDepartmentId, request.Purpose, request.RefusalReason,
                open ? [] : grounds, cancellationToken);
        }

        var resource = await db.DataResources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == resourceId, cancellationToken);
        if (resource is null || resource.Status != CatalogStatus.Published)
        {
            return null;
        }

        var contestable = requesterRole && resource.ProviderDepartmentId != department
            && resource.ShareType is ShareType.NotShared or ShareType.Conditional
            && !await db.Disputes.AnyAsync(
                d => d.DataResourceId == resource.Id && d.RequesterDepartmentId == department && d.ShareRequestId == null
                    && db.WorkflowInstances.Any(i => i.Id == d.WorkflowInstanceId && i.ClosedAtUtc == null), cancellationToken);
        return await FilingAsync(db, null, resource.Id, contestable ? department : null, null, null,
            contestable ? [DisputeGround.ShareType] : [], cancellationToken);
    }

    private static async Task<DisputeFiling> FilingAsync(
        GovDataDbContext db, int? requestId, int resourceId, int? requesterId, string? purpose, string? refusal, IReadOnlyList<DisputeGround> grounds,
        CancellationToken cancellationToken)
    {
        var resource = await db.DataResources.AsNoTracking().Where(r => r.Id == resourceId)
            .Select(r => new { r.Name, r.Code, r.ProviderDepartmentId }).SingleAsync(cancellationToken);
        var names = await db.Departments.AsNoTracking().Where(d => d.Id == resource.ProviderDepartmentId || d.Id == requesterId)
            .ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        return new DisputeFiling(
            requestId, resourceId, resource.Name, resource.Code.ToString(), names[resource.ProviderDepartmentId],
            requesterId is { } r ? names.GetValueOrDefault(r) : null, purpose, refusal, grounds);
    }
}
