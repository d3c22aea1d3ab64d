namespace GovData.Workflows.Runtime;

public enum WorkflowOutcome
{
    Done = 1,

    /// <summary>No such instance, or the user may not see it (the two are not told apart).</summary>
    NotFound = 2,

    /// <summary>The user may not fire this trigger in this state.</summary>
    NotAllowed = 3,

    /// <summary>A required argument is missing or an argument is malformed.</summary>
    InvalidArguments = 4,

    /// <summary>Someone else changed the instance first; the message names who and when.</summary>
    Conflict = 5,

    /// <summary>A rule of the subject refused the change (e.g. a sharing rule): <see cref="WorkflowResult.MessageKey"/>
    /// is the rule's code, a key of the feature's resource (e.g. SharingResource), not WorkflowResource.</summary>
    RuleBroken = 6,
}

/// <summary>
/// What a workflow use case did. Refusals are results, not exceptions: <see cref="MessageKey"/> is a key of
/// WorkflowResource (translated in Web) and <see cref="Arguments"/> fill its placeholders.
/// </summary>
public sealed record WorkflowResult(
    WorkflowOutcome Outcome,
    string? MessageKey,
    IReadOnlyList<object> Arguments,
    long? InstanceId = null,
    string? State = null,
    int? Revision = null)
{
    public const string NotFoundKey = "Workflow.Error.NotFound";
    public const string NotAllowedKey = "Workflow.Error.NotAllowed";
    public const string ArgumentRequiredKey = "Workflow.Error.ArgumentRequired";
    public const string ArgumentInvalidKey = "Workflow.Error.ArgumentInvalid";
    public const string ArgumentUnknownKey = "Workflow.Error.ArgumentUnknown";
    public const string AlreadyChangedKey = "Workflow.Error.AlreadyChanged";
    public const string NoPublishedDefinitionKey = "Workflow.Error.NoPublishedDefinition";
    public const string AlreadyStartedKey = "Workflow.Error.AlreadyStarted";
    public const string UnknownDepartmentKey = "Workflow.Error.UnknownDepartment";
    public const string DueInThePastKey = "Workflow.Error.DueInThePast";

    public bool Succeeded => Outcome == WorkflowOutcome.Done;

    public static WorkflowResult Done(long instanceId, string state, int revision) =>
        new(WorkflowOutcome.Done, null, [], instanceId, state, revision);

    public static WorkflowResult Refused(WorkflowOutcome outcome, string key, params object[] arguments) =>
        new(outcome, key, arguments);
}
