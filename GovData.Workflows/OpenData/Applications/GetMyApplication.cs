using GovData.Domain.Identity;
using GovData.Domain.OpenData.Applications;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime.Queries;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>A data item as the applicant sees it on their application.</summary>
public sealed record ApplicationItem(int Id, string Name, bool Granted);

/// <summary>The written reply's public facts (the PDF itself is downloaded from its own address).</summary>
public sealed record ReplyInfo(string Number, string VerificationCode, string Sha256, DateTime IssuedAtUtc);

/// <summary>One download of granted data: who, when, how many rows.</summary>
public sealed record DownloadRecordView(DateTime AtUtc, long Rows, string Format);

/// <summary>Everything the applicant's page shows: the application, its items, the instance (state, due date, remaining
/// working days, clock stop, journal, actions), the reply, whether the data may be downloaded now, and past downloads.</summary>
public sealed record MyApplicationView(
    OpenDataApplication Application,
    string EntryName,
    string EntryCode,
    string DepartmentName,
    IReadOnlyList<ApplicationItem> Items,
    WorkflowInstanceView Instance,
    ReplyInfo? Reply,
    bool MayDownload,
    IReadOnlyList<DownloadRecordView> Downloads);

/// <summary>The applicant's own application (null for anyone else, and for an unknown id: never told apart).</summary>
public sealed class GetMyApplication(IDbContextFactory<GovDataDbContext> contexts, GetWorkflowInstance instances, TimeProvider time)
{
    public async Task<MyApplicationView?> ExecuteAsync(int id, UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var application = await db.OpenDataApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null || !user.IsAuthenticated || application.ApplicantUserId != user.UserId || application.WorkflowInstanceId is not { } instanceId)
        {
            return null;
        }

        var instance = await instances.ExecuteAsync(instanceId, user, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var entry = await db.DataResources.AsNoTracking().Where(r => r.Id == application.DataResourceId)
            .Select(r => new { r.Name, Code = r.Code.ToString() }).SingleAsync(cancellationToken);
        var department = await db.Departments.AsNoTracking().Where(d => d.Id == application.ProviderDepartmentId).Select(d => d.Name).SingleAsync(cancellationToken);
        var wanted = application.Wanted();
        var granted = application.Granted();
        var items = await db.DataItems.AsNoTracking().Where(i => wanted.Contains(i.Id)).OrderBy(i => i.Position)
            .Select(i => new { i.Id, i.Name }).ToListAsync(cancellationToken);
        var reply = application.ReplyDocumentId is { } replyId
            ? await db.IssuedDocuments.AsNoTracking().Where(d => d.Id == replyId)
                .Select(d => new ReplyInfo(d.Number, d.VerificationCode, d.Sha256, d.IssuedAtUtc)).SingleAsync(cancellationToken)
            : null;
        var downloads = await db.OpenDataDownloads.AsNoTracking().Where(d => d.ApplicationId == id)
            .OrderByDescending(d => d.AtUtc).Take(50)
            .Select(d => new DownloadRecordView(d.AtUtc, d.Rows, d.Format)).ToListAsync(cancellationToken);
        return new MyApplicationView(
            application, entry.Name, entry.Code, department,
            [.. items.Select(i => new ApplicationItem(i.Id, i.Name, granted.Contains(i.Id)))],
            instance, reply, application.MayDownload(ChinaTime.Today(time)), downloads);
    }
}
