using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>The written reply's PDF for its file name and bytes.</summary>
public sealed record ReplyFile(string FileName, byte[] Content, string Sha256);

/// <summary>
/// The written reply of an application, for the applicant and for staff who may see the application's instance (the
/// provider's approvers, the bureau); null for anyone else and for an application without a reply.
/// </summary>
public sealed class GetReplyDocument(IDbContextFactory<GovDataDbContext> contexts)
{
    public async Task<ReplyFile?> ExecuteAsync(int applicationId, UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var application = await db.OpenDataApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application?.ReplyDocumentId is not { } documentId)
        {
            return null;
        }

        if (application.ApplicantUserId != user.UserId)
        {
            var instance = await db.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == application.WorkflowInstanceId, cancellationToken);
            if (instance is null || !WorkflowAccess.CanSee(user, instance))
            {
                return null;
            }
        }

        var document = await db.IssuedDocuments.AsNoTracking().SingleAsync(d => d.Id == documentId, cancellationToken);
        return new ReplyFile(SafeFileName(document.Number) + ".pdf", document.Content, document.Sha256);
    }

    // 开放答复〔2026〕000001号 → 开放答复-2026-000001号: no brackets or slashes in a download name.
    private static string SafeFileName(string number) =>
        new([.. number.Select(c => c is '〔' or '〕' or '/' or '\\' or ':' or '"' ? '-' : c)]);
}
