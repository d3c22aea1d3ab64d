namespace GovData.Domain.Workflows;

/// <summary>
/// One running (or finished) process about one subject, e.g. a share request. It keeps the state, who must act, the
/// deadline and a revision that every change increments: the revision is the concurrency token (SQLite has no
/// rowversion) and the sequence number of the journal entry that records the change.
/// </summary>
public sealed class WorkflowInstance
{
    public const string ClosedError = "Workflow.Error.Closed";

    public const int TitleMaxLength = 200;

    private WorkflowInstance()
    {
    }

    public WorkflowInstance(
        string definitionName,
        int definitionVersion,
        string subjectType,
        string subjectId,
        int providerDepartmentId,
        int? requesterDepartmentId,
        string initialState,
        string startedByUserId,
        DateTime nowUtc,
        DateOnly receivedOn,
        string? title = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(definitionName);
        ArgumentOutOfRangeException.ThrowIfLessThan(definitionVersion, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectType);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(initialState);
        DefinitionName = definitionName;
        DefinitionVersion = definitionVersion;
        SubjectType = subjectType;
        SubjectId = subjectId;
        Title = TitleOf(title);
        ProviderDepartmentId = providerDepartmentId;
        RequesterDepartmentId = requesterDepartmentId;
        StartedByUserId = startedByUserId;
        State = initialState;
        VisitedStates = initialState;
        CreatedAtUtc = nowUtc;
        LastTransitionAtUtc = nowUtc;
        ReceivedOn = receivedOn;
        StateEnteredOn = receivedOn;
        Revision = 1;
    }

    public long Id { get; private set; }

    public string DefinitionName { get; private set; } = string.Empty;

    public int DefinitionVersion { get; private set; }

    /// <summary>What the process is about, e.g. <c>ShareRequest</c> + its id.</summary>
    public string SubjectType { get; private set; } = string.Empty;

    public string SubjectId { get; private set; } = string.Empty;

    /// <summary>What people call the subject in lists (e.g. the resource and purpose of a share request); null: the
    /// subject id is shown. At most <see cref="TitleMaxLength"/> characters.</summary>
    public string? Title { get; private set; }

    public int ProviderDepartmentId { get; private set; }

    public int? RequesterDepartmentId { get; private set; }

    /// <summary>Who started it (the requester told of outcomes); empty for a system start.</summary>
    public string StartedByUserId { get; private set; } = string.Empty;

    public string State { get; private set; } = string.Empty;

    /// <summary>Incremented on every change; equals the sequence of the latest journal entry.</summary>
    public int Revision { get; private set; }

    /// <summary>Date of receipt (Asia/Shanghai).</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>Date the current state was entered: its working-day deadline counts from here.</summary>
    public DateOnly StateEnteredOn { get; private set; }

    public DateOnly? DueOn { get; private set; }

    /// <summary>The time limit the due date was computed from; null when none or when the bureau set a date.</summary>
    public int? DeadlineWorkingDays { get; private set; }

    /// <summary>False when the span to the due date touches a year whose official schedule is not loaded.</summary>
    public bool CalendarComplete { get; private set; } = true;

    public int? AssigneeDepartmentId { get; private set; }

    public string? AssigneeRole { get; private set; }

    public int EscalationLevel { get; private set; }

    /// <summary>The day the clock was last stopped (a state that waits, e.g. for an applicant's material); null: never.</summary>
    public DateOnly? ClockStoppedOn { get; private set; }

    /// <summary>The day the clock last restarted after <see cref="ClockStoppedOn"/>; null while it stands still.</summary>
    public DateOnly? ClockResumedOn { get; private set; }

    /// <summary>The working days that were left when the clock stopped (null: there was no deadline).</summary>
    public int? ClockRemainingWorkingDays { get; private set; }

    /// <summary>The clock stands still: the instance is neither due nor overdue.</summary>
    public bool ClockStopped => ClockStoppedOn is not null && ClockResumedOn is null;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime LastTransitionAtUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>States this instance has been in, comma-separated, in order of first visit.</summary>
    public string VisitedStates { get; private set; } = string.Empty;

    public bool IsClosed => ClosedAtUtc is not null;

    public IReadOnlyList<string> Visited() => VisitedStates.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Moves to <paramref name="toState"/>: a closed instance cannot move. A final state closes it and
    /// clears who must act and the deadline.</summary>
    public void Transition(string toState, bool isFinal, DateOnly today, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toState);
        EnsureOpen();
        State = toState;
        if (!Visited().Contains(toState))
        {
            VisitedStates = VisitedStates + "," + toState;
        }

        StateEnteredOn = today;
        EscalationLevel = 0;
        LastTransitionAtUtc = nowUtc;
        if (isFinal)
        {
            ClosedAtUtc = nowUtc;
            Assign(null, null);
            SetDeadline(null, null, true);
        }

        Revision++;
    }

    /// <summary>A change that keeps the state (reassign, new deadline, recomputed deadline): journalled too.</summary>
    public void Touch(DateTime nowUtc)
    {
        EnsureOpen();
        LastTransitionAtUtc = nowUtc;
        Revision++;
    }

    /// <summary>
    /// The person who started the instance left (deactivated): another member of the same department takes it over —
    /// outcomes are told to them, and where the instance waits for its starter they act. Journalled like any change.
    /// </summary>
    public void HandOverInitiator(string toUserId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toUserId);
        Touch(nowUtc);
        StartedByUserId = toUserId;
    }

    /// <summary>The deadline sweep climbed the escalation ladder to <paramref name="level"/>: journalled like any change.</summary>
    public void Escalate(int level, DateTime nowUtc)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(level, EscalationLevel);
        Touch(nowUtc);
        EscalationLevel = level;
    }

    /// <summary>Stops the clock on <paramref name="today"/>, keeping the working days left (never negative); there is no
    /// due date while it stands still.</summary>
    public void StopClock(DateOnly today, int? remainingWorkingDays)
    {
        EnsureOpen();
        if (ClockStopped)
        {
            return;
        }

        ClockStoppedOn = today;
        ClockResumedOn = null;
        ClockRemainingWorkingDays = remainingWorkingDays is { } days ? Math.Max(0, days) : null;
        SetDeadline(null, null, true);
    }

    /// <summary>Restarts a stopped clock on <paramref name="today"/>: returns the working days that were left (the caller
    /// sets the new due date from today), or null when there was no deadline.</summary>
    public int? ResumeClock(DateOnly today)
    {
        EnsureOpen();
        if (!ClockStopped)
        {
            return null;
        }

        ClockResumedOn = today;
        return ClockRemainingWorkingDays;
    }

    public void Assign(int? departmentId, string? role)
    {
        AssigneeDepartmentId = departmentId;
        AssigneeRole = departmentId is null ? null : role;
    }

    /// <summary>The user who started the instance must act (holding <paramref name="role"/>), whatever their department.</summary>
    public void AssignToInitiator(string role)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        AssigneeDepartmentId = null;
        AssigneeRole = role;
    }

    /// <summary>Assigned to the user who started it rather than to a department (see <see cref="AssignToInitiator"/>).</summary>
    public bool IsAssignedToInitiator => AssigneeDepartmentId is null && AssigneeRole is not null;

    /// <summary>Sets the deadline. A different due date restarts the escalation ladder at 0: the deadline sweep
    /// claims its notices per due date, so the new date gets its own reminder, overdue notice and steps.</summary>
    public void SetDeadline(DateOnly? dueOn, int? workingDays, bool calendarComplete)
    {
        if (dueOn != DueOn)
        {
            EscalationLevel = 0;
        }

        DueOn = dueOn;
        DeadlineWorkingDays = dueOn is null ? null : workingDays;
        CalendarComplete = calendarComplete;
    }

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new DomainRuleException(ClosedError, State);
        }
    }

    private static string? TitleOf(string? title)
    {
        var text = title?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.Length <= TitleMaxLength ? text : string.Concat(text.AsSpan(0, TitleMaxLength - 1), "…");
    }
}
