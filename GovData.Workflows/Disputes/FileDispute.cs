using System.Globalization;
using GovData.Domain;
using GovData.Domain.Disputes;
using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

/// <summary>Names the share request (every ground but <see cref="DisputeGround.ShareType"/>) or the entry (that one).</summary>
public sealed record FileDisputeCommand(
    DisputeGround Ground, int? ShareRequestId, int? ResourceId, string? Claim, IReadOnlyList<DisputeFile> Attachments);

/// <summary>
/// Art. 21: a party raises a dispute — the requesting department against a refusal, an overdue request or an entry's share
/// type (不予共享 / 有条件共享), the providing department against a request outside the requester's duties. The dispute, its
/// attachments and its "Dispute" workflow instance (in the responsible bureau's inbox, due in 5 working days) are saved in
/// one unit of work; a bad attachment or a broken rule writes nothing. One open dispute per request (per entry and
/// requesting department for a share type).
/// </summary>
public sealed class FileDispute(UnitOfWork unitOfWork, StartWorkflow startWorkflow, TimeProvider time)
{
    public async Task<DisputeResult> ExecuteAsync(UserContext user, FileDisputeCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        if (!user.IsAuthenticated || user.DepartmentId is null)
        {
            return DisputeResult.Refused(DisputeErrors.NotAllowed);
        }

        if (DisputeAttachments.Check(command.Attachments) is { } refused)
        {
            return refused;
        }

        try
        {
            return await unitOfWork.RunAsync(user, (db, ct) => FileAsync(db, user, command, ct), cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            return DisputeResult.From(rule);
        }
    }

    private async Task<DisputeResult> FileAsync(GovDataDbContext db, UserContext user, FileDisputeCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(time);
        var side = DisputeGrounds.FiledBy(command.Ground);
        var roles = side == DisputeSide.Requester ? DisputeAccess.RequesterRoles : DisputeAccess.ProviderRoles;
        if (!roles.Any(user.IsInRole))
        {
            return DisputeResult.Refused(DisputeErrors.NotAParty);
        }

        int providerId, requesterId, resourceId;
        if (DisputeGrounds.NamesRequest(command.Ground))
        {
            var request = await db.ShareRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.ShareRequestId, cancellationToken);
            if (request is null)
            {
                return DisputeResult.Refused(DisputeErrors.RequestNotFound, command.ShareRequestId ?? 0);
            }

            if ((side == DisputeSide.Requester ? request.RequestingDepartmentId : request.ProviderDepartmentId) != user.DepartmentId)
            {
                // A department that is no party does not learn the request exists.
                return DisputeResult.Refused(DisputeErrors.RequestNotFound, request.Id);
            }

            var instance = await db.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == request.WorkflowInstanceId, cancellationToken);
            if (GroundProblem(command.Ground, request.RefusalLegalBasisId is not null, instance, today) is { } problem)
            {
                return DisputeResult.Refused(problem);
            }

            if (await db.Disputes.AnyAsync(d => d.ShareRequestId == request.Id && db.WorkflowInstances.Any(i => i.Id == d.WorkflowInstanceId && i.ClosedAtUtc == null), cancellationToken))
            {
                return DisputeResult.Refused(DisputeErrors.AlreadyOpen);
            }

            (providerId, requesterId, resourceId) = (request.ProviderDepartmentId, request.RequestingDepartmentId, request.DataResourceId);
        }
        else
        {
            var resource = await db.DataResources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.ResourceId, cancellationToken);
            if (resource is null || resource.ProviderDepartmentId == user.DepartmentId)
            {
                return DisputeResult.Refused(resource is null ? DisputeErrors.ResourceNotFound : DisputeErrors.NotAParty, command.ResourceId ?? 0);
            }

            Dispute.EnsureContestable(resource.ShareType);
            var requester = user.DepartmentId!.Value;
            if (await db.Disputes.AnyAsync(
                d => d.DataResourceId == resource.Id && d.RequesterDepartmentId == requester && d.ShareRequestId == null
                    && db.WorkflowInstances.Any(i => i.Id == d.WorkflowInstanceId && i.ClosedAtUtc == null),
                cancellationToken))
            {
                return DisputeResult.Refused(DisputeErrors.AlreadyOpen);
            }

            (providerId, requesterId, resourceId) = (resource.ProviderDepartmentId, requester, resource.Id);
        }

        var dispute = Dispute.File(
            command.Ground, side, providerId, requesterId, resourceId, command.ShareRequestId, command.Claim, user.UserId, now);
        db.Disputes.Add(dispute);
        await db.SaveChangesAsync(cancellationToken);
        db.DisputeAttachments.AddRange(DisputeAttachments.Rows(dispute.Id, null, command.Attachments, user.UserId, now));
        var resourceName = await db.DataResources.AsNoTracking().Where(r => r.Id == resourceId).Select(r => r.Name).SingleAsync(cancellationToken);
        var started = await startWorkflow.ExecuteInAsync(
            db,
            new StartWorkflowRequest(
                DisputeWorkflowV1.DefinitionName, DisputeProcess.SubjectTypeName, dispute.Id.ToString(CultureInfo.InvariantCulture),
                providerId, requesterId, dispute.Claim, Title: TitleOf(resourceName, dispute.Claim)),
            user,
            cancellationToken);
        if (!started.Succeeded)
        {
            db.RollBack();
            return DisputeResult.Refused(started.MessageKey ?? DisputeErrors.NotAllowed, [.. started.Arguments]);
        }

        dispute.AttachWorkflow(started.InstanceId!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return DisputeResult.Done(dispute.Id, started.InstanceId);
    }

    /// <summary>How lists name a dispute: the resource, then the start of the claim.</summary>
    public static string TitleOf(string resourceName, string claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var line = claim.ReplaceLineEndings(" ");
        return resourceName + " · " + (line.Length <= 60 ? line : string.Concat(line.AsSpan(0, 59), "…"));
    }

    /// <summary>Does the ground hold for the request? A refusal must have been given; an overdue request is open past
    /// its due date; a provider disputes a request still waiting for its answer.</summary>
    internal static string? GroundProblem(DisputeGround ground, bool refused, Domain.Workflows.WorkflowInstance? instance, DateOnly today) => ground switch
    {
        DisputeGround.Refusal when !refused => DisputeErrors.NotRefused,
        DisputeGround.Overdue when instance is null || instance.IsClosed || instance.DueOn is not { } due || due >= today => DisputeErrors.NotOverdue,
        DisputeGround.OutsideDuties when instance is null || instance.IsClosed => DisputeErrors.RequestNotOpen,
        _ => null,
    };
}
