namespace GovData.Domain.Workflows;

/// <summary>
/// 流程日志: one change of a workflow instance, append-only. <see cref="Sequence"/> is unique per instance (the
/// instance's revision after the change), so two concurrent writers cannot both append the same step.
/// </summary>
public sealed class WorkflowJournalEntry
{
    /// <summary>The name recorded for changes the system makes itself (e.g. a recomputed deadline).</summary>
    public const string SystemActor = "system";

    private WorkflowJournalEntry()
    {
    }

    public WorkflowJournalEntry(
        WorkflowInstance instance,
        string fromState,
        string trigger,
        string? actorUserId,
        string actorName,
        int? actorDepartmentId,
        string? comment,
        string argumentsJson,
        DateOnly? dueBefore,
        DateTime occurredAtUtc)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentException.ThrowIfNullOrWhiteSpace(trigger);
        Instance = instance;
        Sequence = instance.Revision;
        FromState = fromState;
        ToState = instance.State;
        Trigger = trigger;
        ActorUserId = actorUserId;
        ActorName = actorName;
        ActorDepartmentId = actorDepartmentId;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        ArgumentsJson = argumentsJson;
        DueBefore = dueBefore;
        DueAfter = instance.DueOn;
        OccurredAtUtc = occurredAtUtc;
    }

    public long Id { get; private set; }

    public long InstanceId { get; private set; }

    public WorkflowInstance? Instance { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>Empty for the first entry (the start).</summary>
    public string FromState { get; private set; } = string.Empty;

    public string ToState { get; private set; } = string.Empty;

    public string Trigger { get; private set; } = string.Empty;

    public string? ActorUserId { get; private set; }

    public string ActorName { get; private set; } = string.Empty;

    public int? ActorDepartmentId { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>The trigger's arguments as a JSON object of strings.</summary>
    public string ArgumentsJson { get; private set; } = "{}";

    public DateOnly? DueBefore { get; private set; }

    public DateOnly? DueAfter { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }
}
