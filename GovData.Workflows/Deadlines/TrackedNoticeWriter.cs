using GovData.Domain.Identity;
using GovData.Domain.Notifications;
using GovData.Domain.Workflows;
using GovData.Workflows.Mail;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Deadlines;

/// <summary>
/// The sweep's provider-neutral path (SQL Server; SQLite when the bulk path is switched off): EF change tracking.
/// A batch is saved in one transaction; the unique claim key makes a save fail when another sweep won a claim (and
/// the revision token when an instance moved): then nothing of the batch is kept and its instances are redone one by
/// one over fresh rows, each winning its claims or skipping them.
/// </summary>
internal sealed class TrackedNoticeWriter(
    UnitOfWork unitOfWork, NotificationOutbox outbox, UserContext actor)
{
    public async Task<DeadlineSweepResult> WriteAsync(
        IReadOnlyList<PlannedInstance> plans, Dictionary<string, string?> addresses, DateTime now, CancellationToken cancellationToken)
    {
        if (await TryWriteAsync(plans, addresses, now, cancellationToken) is { } result)
        {
            return result;
        }

        var total = DeadlineSweepResult.None;
        foreach (var plan in plans)
        {
            // Lost a claim to the other sweep (it sent these notices), or the instance moved: skipped.
            total += await TryWriteAsync([plan], addresses, now, cancellationToken) ?? DeadlineSweepResult.None;
        }

        return total;
    }

    /// <summary>Saves a batch in one unit of work (the bells signalled after commit); null when a claim or a revision lost.</summary>
    private async Task<DeadlineSweepResult?> TryWriteAsync(
        IReadOnlyList<PlannedInstance> plans, Dictionary<string, string?> addresses, DateTime now, CancellationToken cancellationToken)
    {
        try
        {
            return await unitOfWork.RunAsync(actor, (db, ct) => WriteBatchAsync(db, plans, addresses, now, ct), cancellationToken);
        }
        catch (DbUpdateException)
        {
            return null;
        }
    }

    private async Task<DeadlineSweepResult> WriteBatchAsync(
        GovDataDbContext db, IReadOnlyList<PlannedInstance> plans, Dictionary<string, string?> addresses, DateTime now, CancellationToken cancellationToken)
    {
        var ids = plans.Select(p => p.Instance.Id).ToList();
        var fresh = await db.WorkflowInstances.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        int notices = 0, notifications = 0, escalations = 0;
        foreach (var (read, planned) in plans)
        {
            if (!fresh.TryGetValue(read.Id, out var instance) || instance.Revision != read.Revision || instance.IsClosed || instance.DueOn != read.DueOn)
            {
                continue;
            }

            var due = instance.DueOn!.Value;
            foreach (var notice in planned)
            {
                db.DeadlineNotices.Add(new DeadlineNotice(instance.Id, notice.Kind, notice.Level, due, now));
                if (notice.Step is { } step)
                {
                    instance.Escalate(notice.Level, now);
                    db.WorkflowJournal.Add(new WorkflowJournalEntry(
                        instance, instance.State, DeadlineSweep.EscalateTrigger, null, WorkflowJournalEntry.SystemActor, null, null,
                        DeadlineSweep.EscalationArguments(notice.Level, step), due, now));
                    escalations++;
                }

                var messages = notice.Notifications(now);
                await outbox.AddAsync(db, notice.OutboxKey, messages, cancellationToken, addresses);
                notices++;
                notifications += messages.Count;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.AfterCommit(() => outbox.PublishCommittedAsync(db));
        return new DeadlineSweepResult(notices, notifications, escalations);
    }
}
