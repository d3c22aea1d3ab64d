using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Sharing;

public sealed record MyShareRequestRow(
    int Id,
    string ResourceCode,
    string ResourceName,
    string ProviderName,
    string Purpose,
    DateTime CreatedAtUtc,
    long? InstanceId,
    string? State,
    DateOnly? DueOn);

/// <summary>我的申请: the share requests the acting user submitted, newest first, with the process state and due date.</summary>
public sealed class ListMyRequests(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public const int MaxRows = 200;

    public async Task<IReadOnlyList<MyShareRequestRow>> ExecuteAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await (
            from request in db.ShareRequests.AsNoTracking()
            where request.RequesterUserId == user.UserId
            join resource in db.DataResources on request.DataResourceId equals resource.Id
            join provider in db.Departments on request.ProviderDepartmentId equals provider.Id
            join instance in db.WorkflowInstances on request.WorkflowInstanceId equals instance.Id into instances
            from instance in instances.DefaultIfEmpty()
            orderby request.Id descending
            select new MyShareRequestRow(
                request.Id, resource.Code.Value, resource.Name, provider.Name, request.Purpose, request.CreatedAtUtc,
                request.WorkflowInstanceId, instance == null ? null : instance.State, instance == null ? null : instance.DueOn))
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
    }
}
