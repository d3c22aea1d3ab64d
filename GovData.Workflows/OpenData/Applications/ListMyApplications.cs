using GovData.Domain.Identity;
using GovData.Domain.OpenData.Applications;
using GovData.Domain.Time;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>One line of "my applications": what, when, where it stands, by when, and whether a reply exists.</summary>
public sealed record MyApplicationRow(
    int Id,
    string EntryName,
    DateTime SubmittedAtUtc,
    string State,
    bool IsClosed,
    DateOnly? DueOn,
    int? RemainingWorkingDays,
    bool ClockStopped,
    DateOnly? MaterialDueOn,
    ApplicationOutcome Outcome,
    bool HasReply);

/// <summary>The applicant's own applications, newest first (nobody else's: scoped by the user id here).</summary>
public sealed class ListMyApplications(IDbContextFactory<GovDataDbContext> contexts, WorkingDayCalendarProvider calendars, TimeProvider time)
{
    public const int MaxRows = 200;

    public async Task<IReadOnlyList<MyApplicationRow>> ExecuteAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from application in db.OpenDataApplications.AsNoTracking()
            where application.ApplicantUserId == user.UserId
            join entry in db.DataResources.AsNoTracking() on application.DataResourceId equals entry.Id
            join instance in db.WorkflowInstances.AsNoTracking() on application.WorkflowInstanceId equals instance.Id
            orderby application.SubmittedAtUtc descending, application.Id descending
            select new
            {
                application.Id,
                entry.Name,
                application.SubmittedAtUtc,
                instance.State,
                instance.ClosedAtUtc,
                instance.DueOn,
                Stopped = instance.ClockStoppedOn != null && instance.ClockResumedOn == null,
                application.MaterialDueOn,
                application.Outcome,
                application.ReplyDocumentId,
            }).Take(MaxRows).ToListAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var today = ChinaTime.Today(time);
        return [.. rows.Select(r => new MyApplicationRow(
            r.Id, r.Name, r.SubmittedAtUtc, r.State, r.ClosedAtUtc is not null, r.DueOn,
            r.DueOn is { } due ? calendar.WorkingDaysRemaining(today, due) : null,
            r.Stopped, r.MaterialDueOn, r.Outcome, r.ReplyDocumentId is not null))];
    }
}
