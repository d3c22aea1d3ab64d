using GovData.Domain.Notifications;
using System.Linq.Expressions;
using GovData.Domain.Oversight;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;
using GovData.Workflows.Sharing;

namespace GovData.Workflows.Oversight.Proposals;

/// <summary>
/// Art. 34 (二) 未按照规定向共享平台及时提供相应的政务数据资源: share requests the provider answered late or not at all —
/// those the deadline sweep marked overdue or escalated (to the lead, to the bureau) within the last
/// <see cref="ProposalSettings.LookbackDays"/> days, and those open and past their due date today (the sweep may not
/// have run yet). Evidence: the request's workflow instance, once.
/// </summary>
public sealed class LateShareReplyDetector : IViolationDetector
{
    private static readonly Expression<Func<WorkflowInstance, DetectedEvidence>> Finding =
        i => new DetectedEvidence
        {
            DepartmentId = i.ProviderDepartmentId,
            Kind = EvidenceKind.WorkflowInstance,
            ReferenceId = i.Id,
            Occurrence = DateOnly.MinValue,
        };

    public RectificationViolation Violation => RectificationViolation.DataNotProvidedInTime;

    public IQueryable<DetectedEvidence> Detect(GovDataDbContext db, DetectionScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var since = scope.NowUtc.AddDays(-scope.Settings.LookbackDays);
        var today = scope.Today;
        var shareRequests = db.WorkflowInstances.Where(i => i.DefinitionName == ShareRequestWorkflowV1.DefinitionName);
        var noticed =
            from notice in db.DeadlineNotices
            where (notice.Kind == DeadlineNoticeKind.Overdue || notice.Kind == DeadlineNoticeKind.Escalation) && notice.SentAtUtc >= since
            join instance in shareRequests on notice.InstanceId equals instance.Id
            select instance;
        var overdueNow = shareRequests.Where(i => i.ClosedAtUtc == null && i.DueOn < today);
        // Two index-friendly halves (by notice, by the open instances' due date) rather than one scan of every instance.
        return noticed.Select(Finding).Union(overdueNow.Select(Finding));
    }
}
