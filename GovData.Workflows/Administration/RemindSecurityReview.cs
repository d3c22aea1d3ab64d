using System.Globalization;
using GovData.Domain.Departments;
using GovData.Domain.Notifications;
using GovData.Domain.Time;
using GovData.Workflows.Mail;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovData.Workflows.Administration;

/// <summary>
/// The security-review reminder (Art. 31; daily at 09:00 Asia/Shanghai): each active department whose assessment or
/// drill is missing or older than <see cref="SecurityReviewOptions.MaxAgeMonths"/> reminds its active security
/// officer — once per period: a department whose officer was reminded within the period is skipped, and the day's
/// outbox key makes a second run on the same day write nothing (the unique key refuses the whole save).
/// </summary>
public sealed class RemindSecurityReview(
    IDbContextFactory<GovDataDbContext> contextFactory,
    UnitOfWork unitOfWork,
    NotificationOutbox outbox,
    SecurityReviewOptions options,
    TimeProvider time,
    ILogger<RemindSecurityReview> logger)
{
    public const string JobId = "security-review-reminder";

    /// <summary>Every day at 09:00 (the jobs' time zone is Asia/Shanghai).</summary>
    public const string Cron = "0 9 * * *";

    public const string MessageKey = "Admin.Notification.SecurityReviewDue";

    /// <summary>Runs once; returns the number of officers reminded by this run.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(time);
        var since = time.GetUtcNow().UtcDateTime.AddMonths(-options.MaxAgeMonths);
        List<Department> due;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var departments = await db.Departments.AsNoTracking()
                .Where(d => d.DeactivatedAt == null && d.SecurityOfficerUserId != null)
                .Where(d => db.Users.Any(u => u.Id == d.SecurityOfficerUserId && u.DeactivatedAt == null))
                .OrderBy(d => d.Id)
                .ToListAsync(cancellationToken);
            var reminded = await db.Notifications.AsNoTracking()
                .Where(n => n.MessageKey == MessageKey && n.CreatedAtUtc > since)
                .Select(n => new { n.RecipientUserId, n.Link })
                .ToListAsync(cancellationToken);
            due = [.. departments.Where(d =>
                Department.SecurityReviewDue(d.LastSecurityAssessmentOn, d.LastDrillOn, today, options.MaxAgeMonths)
                && !reminded.Any(r => r.RecipientUserId == d.SecurityOfficerUserId && r.Link == LinkOf(d.Id)))];
        }

        var sent = 0;
        foreach (var department in due)
        {
            try
            {
                await unitOfWork.RunAsSystemAsync((db, ct) => RemindAsync(db, department, today, ct), cancellationToken);
                sent++;
            }
            catch (DbUpdateException)
            {
                // Another run reminded this department today between our read and our write (the outbox key is unique).
                logger.LogInformation("Security review reminder for department {Department} was already sent today.", department.Id);
            }
        }

        logger.LogInformation("Security review on {Today}: {Sent} officer(s) reminded.", today, sent);
        return sent;
    }

    /// <summary>Opens the officer's dashboard; the query names the department, so one officer of several departments gets one reminder each.</summary>
    public static string LinkOf(int departmentId) => "/?securityReview=" + departmentId.ToString(CultureInfo.InvariantCulture);

    private async Task RemindAsync(GovDataDbContext db, Department department, DateOnly today, CancellationToken cancellationToken)
    {
        static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
        var notification = new Notification(
            department.SecurityOfficerUserId!, MessageKey,
            [department.Name, Date(department.LastSecurityAssessmentOn), Date(department.LastDrillOn), options.MaxAgeMonths.ToString(CultureInfo.InvariantCulture)],
            LinkOf(department.Id), time.GetUtcNow().UtcDateTime);
        await outbox.AddAsync(db, $"security-review:{department.Id}:{today:yyyy-MM-dd}", [notification], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.AfterCommit(() => outbox.PublishCommittedAsync(db));
    }
}
