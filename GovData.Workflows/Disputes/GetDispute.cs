using GovData.Domain.Disputes;
using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

public sealed record DisputeAttachmentInfo(int Id, string FileName, string ContentType, long Length, int? StatementId);

public sealed record DisputeStatementView(
    int Id, DisputeSide Side, string DepartmentName, DateOnly DueOn, string? Text, string? SubmittedByName, DateTime? SubmittedAtUtc,
    IReadOnlyList<DisputeAttachmentInfo> Attachments);

public sealed record DisputeMeetingView(DateOnly HeldOn, string Attendees, string Notes, DateTime RecordedAtUtc);

/// <summary>What the user may do on the dispute's own page (the process's transitions are offered by the instance page).</summary>
public sealed record DisputeCapabilities(DisputeSide? GiveStatementFor, bool RecordMeeting, bool Extend);

public sealed record DisputeDetail(
    int Id,
    long InstanceId,
    int Revision,
    DisputeGround Ground,
    DisputeSide FiledBySide,
    string State,
    bool IsClosed,
    DateOnly? DueOn,
    int? RemainingWorkingDays,
    int ResourceId,
    string ResourceName,
    string ResourceCode,
    int? ShareRequestId,
    string? RequestPurpose,
    int RequesterDepartmentId,
    string RequesterName,
    int ProviderDepartmentId,
    string ProviderName,
    string Claim,
    DateTime FiledAtUtc,
    bool DecisionExtended,
    DisputeOutcome? Outcome,
    IReadOnlyList<string> OrderedItems,
    string? OrderedPurpose,
    string? DecisionReasoning,
    DateTime? DecidedAtUtc,
    DateOnly? GrantDueOn,
    int? GrantId,
    DateTime? CompliedAtUtc,
    IReadOnlyList<DisputeAttachmentInfo> ClaimAttachments,
    IReadOnlyList<DisputeStatementView> Statements,
    IReadOnlyList<DisputeMeetingView> Meetings,
    DisputeCapabilities Can,
    string? DecisionDocumentNumber = null);

/// <summary>One dispute for its page, or null when it does not exist or the user may not see it (a department that is
/// no party and no supervising bureau learns nothing).</summary>
public sealed class GetDispute(IDbContextFactory<GovDataDbContext> contexts, WorkingDayCalendarProvider calendars, TimeProvider time)
{
    public async Task<DisputeDetail?> ExecuteAsync(UserContext user, int disputeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dispute = await db.Disputes.AsNoTracking().SingleOrDefaultAsync(d => d.Id == disputeId, cancellationToken);
        if (dispute is null || !DisputeAccess.CanSee(user, dispute) || dispute.WorkflowInstanceId is not { } instanceId)
        {
            return null;
        }

        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == instanceId, cancellationToken);
        var resource = await db.DataResources.AsNoTracking().Where(r => r.Id == dispute.DataResourceId)
            .Select(r => new { r.Name, r.Code }).SingleAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking()
            .Where(d => d.Id == dispute.ProviderDepartmentId || d.Id == dispute.RequesterDepartmentId)
            .ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var purpose = dispute.ShareRequestId is { } requestId
            ? await db.ShareRequests.AsNoTracking().Where(r => r.Id == requestId).Select(r => r.Purpose).SingleOrDefaultAsync(cancellationToken)
            : null;
        var attachments = await db.DisputeAttachments.AsNoTracking().Where(a => a.DisputeId == dispute.Id).OrderBy(a => a.Id)
            .Select(a => new DisputeAttachmentInfo(a.Id, a.FileName, a.ContentType, a.Length, a.StatementId))
            .ToListAsync(cancellationToken);
        var statements = await db.DisputeStatements.AsNoTracking().Where(s => s.DisputeId == dispute.Id).OrderBy(s => s.Side).ToListAsync(cancellationToken);
        var meetings = await db.DisputeMeetings.AsNoTracking().Where(m => m.DisputeId == dispute.Id).OrderBy(m => m.HeldOn).ThenBy(m => m.Id)
            .Select(m => new DisputeMeetingView(m.HeldOn, m.Attendees, m.Notes, m.RecordedAtUtc))
            .ToListAsync(cancellationToken);
        var ordered = dispute.Ordered();
        var itemNames = ordered.Count == 0 ? []
            : await db.DataItems.AsNoTracking().Where(i => ordered.Contains(i.Id)).OrderBy(i => i.Id).Select(i => i.Name).ToListAsync(cancellationToken);

        var coordinating = instance.State == DisputeWorkflowV1.Coordinating;
        var bureau = await DisputeAccess.IsResponsibleBureauAsync(db, user, dispute.ProviderDepartmentId, cancellationToken);
        var side = DisputeAccess.SpeaksFor(user, dispute);
        var can = new DisputeCapabilities(
            coordinating && side is { } s && statements.Any(st => st.Side == s && !st.IsGiven) ? side : null,
            coordinating && bureau,
            coordinating && bureau && !dispute.DecisionExtended);
        var calendar = await calendars.GetAsync(cancellationToken);
        var documentNumber = await db.IssuedDocuments.AsNoTracking()
            .Where(d => d.Kind == DisputeDecisionDocument.Kind && d.SubjectType == DisputeProcess.SubjectTypeName && d.SubjectId == dispute.Id)
            .OrderByDescending(d => d.IssuedAtUtc).Select(d => d.Number).FirstOrDefaultAsync(cancellationToken);
        return new DisputeDetail(
            dispute.Id, instance.Id, instance.Revision, dispute.Ground, dispute.FiledBySide, instance.State, instance.IsClosed, instance.DueOn,
            instance.DueOn is { } due ? calendar.WorkingDaysRemaining(ChinaTime.Today(time), due) : null,
            dispute.DataResourceId, resource.Name, resource.Code.ToString(), dispute.ShareRequestId, purpose,
            dispute.RequesterDepartmentId, departments[dispute.RequesterDepartmentId], dispute.ProviderDepartmentId, departments[dispute.ProviderDepartmentId],
            dispute.Claim, dispute.FiledAtUtc, dispute.DecisionExtended, dispute.Outcome, itemNames, dispute.OrderedPurpose, dispute.DecisionReasoning,
            dispute.DecidedAtUtc, dispute.GrantDueOn, dispute.GrantId, dispute.CompliedAtUtc,
            [.. attachments.Where(a => a.StatementId is null)],
            [.. statements.Select(st => new DisputeStatementView(
                st.Id, st.Side, departments[st.DepartmentId], st.DueOn, st.Text, st.SubmittedByName, st.SubmittedAtUtc,
                [.. attachments.Where(a => a.StatementId == st.Id)]))],
            meetings,
            can,
            documentNumber);
    }
}
