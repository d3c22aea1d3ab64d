using System.Globalization;
using GovData.Domain.Notifications;
using GovData.Domain.Workflows;

namespace GovData.Workflows.Deadlines;

/// <summary>One notice the sweep will claim and send: who is told what, and (for an escalation) the step.</summary>
internal sealed record PlannedNotice(
    DeadlineNoticeKind Kind,
    int Level,
    EscalationStep? Step,
    IReadOnlyList<string> Recipients,
    string MessageKey,
    string[] Arguments,
    string Link,
    string OutboxKey)
{
    /// <summary>New notification objects (one set per attempt: a failed save leaves its entities unusable).</summary>
    public List<Notification> Notifications(DateTime nowUtc) =>
        [.. Recipients.Select(recipient => new Notification(recipient, MessageKey, Arguments, Link, nowUtc))];

    /// <summary>The outbox key of the notice: instance, kind, level and the due date it is about (+ the recipient).</summary>
    public static string KeyOf(long instanceId, DeadlineNoticeKind kind, int level, DateOnly due) =>
        string.Create(CultureInfo.InvariantCulture, $"deadline:{instanceId}:{(int)kind}:{level}:{due:yyyyMMdd}");
}

/// <summary>The notices one instance is owed and nobody has claimed yet, planned over the instance as read (untracked):
/// the writers claim them only while the instance still has that revision.</summary>
internal sealed record PlannedInstance(WorkflowInstance Instance, IReadOnlyList<PlannedNotice> Notices);
