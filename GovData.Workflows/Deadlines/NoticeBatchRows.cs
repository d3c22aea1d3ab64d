using GovData.Domain.Notifications;
using GovData.Domain.Workflows;

namespace GovData.Workflows.Deadlines;

/// <summary>
/// How one batch of the sweep's bulk path reaches the database, inside the batch's transaction (decisions 0010, 0035):
/// prepared single-row statements on SQLite (<see cref="PreparedNoticeRows"/>), claims in one statement and binary COPY
/// on PostgreSQL (<see cref="PostgreSqlNoticeRows"/>). The writer decides what is sent; these only write it.
/// </summary>
internal interface INoticeBatchRows : IDisposable
{
    /// <summary>Claims a notice for <paramref name="instance"/> while it is open, due on <paramref name="due"/> and at
    /// <paramref name="readRevision"/>; false when another sweep holds the claim or the instance moved.</summary>
    ValueTask<bool> ClaimAsync(WorkflowInstance instance, PlannedNotice notice, DateOnly due, int readRevision, DateTime now, CancellationToken cancellationToken);

    ValueTask AddJournalAsync(WorkflowJournalEntry entry, long instanceId, CancellationToken cancellationToken);

    ValueTask AddNotificationAsync(Notification notification, CancellationToken cancellationToken);

    ValueTask AddMailAsync(OutboxEmail mail, CancellationToken cancellationToken);

    /// <summary>Writes the escalated instance's level, revision and last change where its revision is still
    /// <paramref name="readRevision"/>; a row that moved rolls the batch back.</summary>
    ValueTask UpdateEscalatedAsync(WorkflowInstance instance, int readRevision, CancellationToken cancellationToken);

    /// <summary>Writes what is still buffered.</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}
