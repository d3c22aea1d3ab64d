namespace GovData.Workflows.Inbox;

/// <summary>How urgent an open item is, from its remaining working days (the inbox chip colour).</summary>
public enum DeadlineStatus
{
    /// <summary>No deadline (the state has no time limit).</summary>
    None = 0,

    /// <summary>More than one working day left.</summary>
    OnTrack = 1,

    /// <summary>One working day left, or due today.</summary>
    DueSoon = 2,

    /// <summary>The due date has passed.</summary>
    Overdue = 3,
}

public static class DeadlineStatusRules
{
    /// <summary>Green above one working day; amber when one or none is left (due tomorrow or today: act now); red
    /// once the due date has passed.</summary>
    public static DeadlineStatus For(int? remainingWorkingDays) => remainingWorkingDays switch
    {
        null => DeadlineStatus.None,
        < 0 => DeadlineStatus.Overdue,
        <= 1 => DeadlineStatus.DueSoon,
        _ => DeadlineStatus.OnTrack,
    };
}
