using GovData.Domain.Identity;
using GovData.Domain.OpenData.Applications;
using GovData.Domain.Sharing;
using GovData.Domain.Time;
using GovData.Workflows.OpenData.Datasets;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>An opened delivery: the rows (exactly the granted items) to stream, and the file name to give them.</summary>
public sealed record GrantedDataDownload(DatasetRows Rows, string FileName);

/// <summary>
/// Delivery of a granted application: the applicant (nobody else) downloads exactly the granted items of the entry's
/// current release, from the decision until the last day of the period of use. The release is verified before the
/// first byte (<see cref="OpenDatasetRelease"/>), and every download is recorded first (who, when, which items, how
/// many rows, format) — a refused download records nothing.
/// </summary>
public sealed class DownloadGrantedData(
    IDbContextFactory<GovDataDbContext> contexts, UnitOfWork unitOfWork, OpenDatasetRelease releases, TimeProvider time)
{
    /// <summary>Null with an error key (OpenDataApplicationResource) when the download is refused; null and null when
    /// the application is not this user's (the caller answers 404).</summary>
    public async Task<(GrantedDataDownload? Download, string? ErrorKey, object[] Arguments)> OpenAsync(
        int applicationId, DatasetFormat format, UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        OpenDataApplication? application;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            application = await db.OpenDataApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        }

        if (application is null || !user.IsAuthenticated || application.ApplicantUserId != user.UserId)
        {
            return (null, null, []);
        }

        var today = ChinaTime.Today(time);
        if (!application.MayDownload(today))
        {
            return application.UseUntil is { } until && application.IsDecided && application.Outcome != ApplicationOutcome.Refused
                ? (null, OpenDataApplicationErrors.PeriodOfUseEnded, [until])
                : (null, OpenDataApplicationErrors.NotGranted, []);
        }

        var granted = application.Granted();
        var opened = await releases.CurrentAsync(application.DataResourceId, granted, cancellationToken);
        if (opened.Status != DatasetOpenStatus.Opened)
        {
            return (null, OpenDataApplicationErrors.NoDataYet, []);
        }

        var rows = opened.Rows!;
        var delivered = rows.Columns.Select(c => c.ItemId).ToList();
        try
        {
            await unitOfWork.RunAsync(user, (db, ct) =>
            {
                db.OpenDataDownloads.Add(new OpenDataDownload(
                    application.Id, user.UserId, ItemIds.Format(delivered), rows.RowCount, DatasetFormats.Extension(format), time.GetUtcNow().UtcDateTime));
                return db.SaveChangesAsync(ct);
            }, cancellationToken);
        }
        catch
        {
            // Not recorded, not served: the file is closed again.
            await rows.DisposeAsync();
            throw;
        }

        var name = $"{rows.EntryCode.Replace('/', '_')}-application-{application.Id}.{DatasetFormats.Extension(format)}";
        return (new GrantedDataDownload(rows, name), null, []);
    }
}
