using System.Globalization;
using GovData.Domain;
using GovData.Domain.Identity;
using GovData.Domain.Sharing;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Sharing;

public sealed record SubmitShareRequestCommand(
    int ResourceId,
    string? Purpose,
    string? DutyBasis,
    IReadOnlyList<int> WantedItemIds,
    DateOnly UseFrom,
    DateOnly UseUntil);

/// <summary>
/// Art. 20: a request for a conditional resource — the ShareRequest row and its "ShareRequest" workflow instance (in the
/// provider's approver inbox, due in 5 working days) are saved in ONE transaction.
/// </summary>
public sealed class SubmitShareRequest(UnitOfWork unitOfWork, StartWorkflow startWorkflow, TimeProvider time)
{
    public const string SubjectType = "ShareRequest";

    public async Task<SharingResult> ExecuteAsync(UserContext user, SubmitShareRequestCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        if (!SharingAccess.CanRequest(user))
        {
            return SharingResult.Refused(SharingErrors.NotAllowed);
        }

        return await unitOfWork.RunAsync(user, (db, ct) => SubmitAsync(db, user, command, ct), cancellationToken);
    }

    private async Task<SharingResult> SubmitAsync(GovDataDbContext db, UserContext user, SubmitShareRequestCommand command, CancellationToken cancellationToken)
    {
        var resource = await db.DataResources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.ResourceId, cancellationToken);
        if (resource is null)
        {
            return SharingResult.Refused(SharingErrors.ResourceNotFound, command.ResourceId);
        }

        var items = await db.DataItems.AsNoTracking().Where(i => i.DataResourceId == resource.Id && !i.IsRetired).ToListAsync(cancellationToken);
        ShareRequest request;
        try
        {
            request = ShareRequest.Submit(
                resource, items, user.DepartmentId!.Value, user.UserId, command.Purpose, command.DutyBasis, command.WantedItemIds,
                command.UseFrom, command.UseUntil, ChinaTime.Today(time), time.GetUtcNow().UtcDateTime);
        }
        catch (DomainRuleException rule)
        {
            return SharingResult.From(rule);
        }

        db.ShareRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        var started = await startWorkflow.ExecuteInAsync(
            db,
            new StartWorkflowRequest(
                ShareRequestWorkflowV1.DefinitionName, SubjectType, request.Id.ToString(CultureInfo.InvariantCulture),
                request.ProviderDepartmentId, request.RequestingDepartmentId, request.Purpose, Title: TitleOf(resource.Name, request.Purpose)),
            user,
            cancellationToken);
        if (!started.Succeeded)
        {
            // Nothing of the request is kept.
            db.RollBack();
            return SharingResult.Refused(started.MessageKey ?? SharingErrors.NotAllowed, [.. started.Arguments]);
        }

        request.AttachWorkflow(started.InstanceId!.Value);
        await db.SaveChangesAsync(cancellationToken);
        var dueOn = await db.WorkflowInstances.Where(i => i.Id == started.InstanceId).Select(i => i.DueOn).SingleAsync(cancellationToken);
        return SharingResult.Done(request.Id, started.InstanceId, dueOn);
    }

    /// <summary>How lists name the request: the resource, then the purpose.</summary>
    public static string TitleOf(string resourceName, string purpose) => resourceName + " · " + purpose;
}
