namespace GovData.Domain.Notifications;

/// <summary>What a deadline notice says: one working day left, the deadline passed, or a step of the escalation ladder.</summary>
public enum DeadlineNoticeKind
{
    Reminder = 1,
    Overdue = 2,
    Escalation = 3,
}

/// <summary>
/// The claim that a deadline notice of an instance has been sent. (InstanceId, Kind, Level, DueOn) is unique and the
/// claim is inserted in the same transaction as the notifications it stands for, so two sweeps (two runs, two servers)
/// cannot both send it: the second insert conflicts and sends nothing. The due date is part of the key, so a deadline
/// moved after a notice was sent (by the bureau, or by a calendar change) gets notices of its own.
/// </summary>
public sealed class DeadlineNotice
{
    private DeadlineNotice()
    {
    }

    public DeadlineNotice(long instanceId, DeadlineNoticeKind kind, int level, DateOnly dueOn, DateTime sentAtUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        InstanceId = instanceId;
        Kind = kind;
        Level = level;
        DueOn = dueOn;
        SentAtUtc = DateTime.SpecifyKind(sentAtUtc, DateTimeKind.Utc);
    }

    public long Id { get; private set; }

    public long InstanceId { get; private set; }

    public DeadlineNoticeKind Kind { get; private set; }

    /// <summary>0 for the reminder and the overdue notice; the escalation level (1, 2, …) for an escalation.</summary>
    public int Level { get; private set; }

    /// <summary>The due date the notice was about.</summary>
    public DateOnly DueOn { get; private set; }

    public DateTime SentAtUtc { get; private set; }
}
