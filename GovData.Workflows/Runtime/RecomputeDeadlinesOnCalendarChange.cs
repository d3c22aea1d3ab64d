using System.Text.Json;
using GovData.Domain.Calendar;
using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Calendar;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Runtime;

/// <summary>
/// After a holiday-calendar change, recomputes the due dates of open instances counted in working days whose span
/// touches a changed year, journalling each change as the system. Batched by id; an instance changed concurrently
/// keeps its newer state (its batch is re-read once).
/// </summary>
public sealed class RecomputeDeadlinesOnCalendarChange(UnitOfWork unitOfWork, TimeProvider time)
    : ICalendarChangeListener
{
    public const string Trigger = "RecomputeDeadline";
    public const int BatchSize = 500;

    private static readonly UserContext SystemUser = new(string.Empty, WorkflowJournalEntry.SystemActor, null, false, new HashSet<string>());

    public async Task OnCalendarChangedAsync(CalendarChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Years.Count == 0)
        {
            return;
        }

        var first = new DateOnly(change.Years.Min(), 1, 1);
        var last = new DateOnly(change.Years.Max(), 12, 31);
        long afterId = 0;
        while (true)
        {
            var (processed, lastId) = await RecomputeBatchAsync(change.Calendar, first, last, afterId, cancellationToken);
            if (processed == 0)
            {
                return;
            }

            afterId = lastId;
        }
    }

    private async Task<(int Processed, long LastId)> RecomputeBatchAsync(
        WorkingDayCalendar calendar, DateOnly first, DateOnly last, long afterId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await unitOfWork.RunAsync(SystemUser, (db, ct) => RecomputeBatchAsync(db, calendar, first, last, afterId, ct), cancellationToken);
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // An instance of the batch moved meanwhile: read the batch again and recompute over the fresh rows.
            }
        }
    }

    private async Task<(int Processed, long LastId)> RecomputeBatchAsync(
        GovDataDbContext db, WorkingDayCalendar calendar, DateOnly first, DateOnly last, long afterId, CancellationToken cancellationToken)
    {
        // Open, counted in working days, and the span from entering the state to the due date meets a changed year.
        var batch = await db.WorkflowInstances
            .Where(i => i.Id > afterId && i.ClosedAtUtc == null && i.DeadlineWorkingDays != null && i.DueOn != null
                && i.StateEnteredOn <= last && i.DueOn >= first)
            .OrderBy(i => i.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return (0, afterId);
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var instance in batch)
        {
            var (due, complete) = WorkflowSteps.Deadline(calendar, instance.StateEnteredOn, instance.DeadlineWorkingDays!.Value);
            if (due == instance.DueOn && complete == instance.CalendarComplete)
            {
                continue;
            }

            var before = instance.DueOn;
            instance.Touch(now);
            instance.SetDeadline(due, instance.DeadlineWorkingDays, complete);
            var arguments = JsonSerializer.Serialize(new { calendarComplete = complete });
            db.WorkflowJournal.Add(new WorkflowJournalEntry(
                instance, instance.State, Trigger, null, WorkflowJournalEntry.SystemActor, null, null, arguments, before, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return (batch.Count, batch[^1].Id);
    }
}
