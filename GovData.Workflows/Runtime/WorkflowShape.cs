using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GovData.Domain.Identity;
using GovData.Domain.Workflows;

namespace GovData.Workflows.Runtime;

/// <summary>What a trigger does: move to another state, or a bureau operation that keeps the state.</summary>
public enum TriggerKind
{
    Transition = 1,
    Reassign = 2,
    SetDeadline = 3,
}

/// <summary>How an argument of a trigger is checked. A text list is one item per line.</summary>
public enum ArgumentKind
{
    Text = 1,
    Date = 2,
    TextList = 3,
    DepartmentId = 4,
}

public sealed record ArgumentSpec(string Name, ArgumentKind Kind, bool Required)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}:{Kind}:{(Required ? "required" : "optional")}");
}

/// <summary>The time limit of a state: N working days from the day the state is entered, N read from a setting
/// (with a default), or none.</summary>
public sealed record DeadlinePolicy(int? WorkingDays, string? SettingKey)
{
    public static DeadlinePolicy None { get; } = new(null, null);

    public static DeadlinePolicy Fixed(int workingDays) => new(workingDays, null);

    public static DeadlinePolicy FromSetting(string key, int defaultWorkingDays) => new(defaultWorkingDays, key);

    public override string ToString() => (WorkingDays, SettingKey) switch
    {
        (null, _) => "none",
        (var days, null) => string.Create(CultureInfo.InvariantCulture, $"{days}"),
        (var days, var key) => string.Create(CultureInfo.InvariantCulture, $"setting:{key}|{days}"),
    };
}

/// <summary>A state; <see cref="StopsClock"/>: while in it the deadline stands still (written into the fingerprint
/// only when set, so the shapes published before it existed keep theirs).</summary>
public sealed record StateSpec(string Name, bool IsFinal, WorkflowActor? Assignee, DeadlinePolicy Deadline, bool StopsClock = false)
{
    public override string ToString() =>
        $"state {Name}{(IsFinal ? " final" : string.Empty)} assignee={Assignee?.ToString() ?? "none"} deadline={Deadline}{(StopsClock ? " clock=stopped" : string.Empty)}";
}

public sealed record TriggerSpec(
    string Trigger,
    string From,
    string To,
    TriggerKind Kind,
    IReadOnlyList<WorkflowActor> AllowedActors,
    IReadOnlyList<ArgumentSpec> Arguments)
{
    public bool IsAllowed(UserContext user, WorkflowInstance instance) => AllowedActors.Any(a => a.Matches(user, instance));

    public override string ToString() =>
        $"trigger {Trigger} {From}->{To} {Kind} by={string.Join(",", AllowedActors)} args={string.Join(",", Arguments)}";
}

/// <summary>
/// The frozen shape of a definition: what the fingerprint covers and what the machine is built from.
/// </summary>
public sealed class WorkflowShape
{
    private readonly Dictionary<string, StateSpec> _states;

    internal WorkflowShape(string initialState, IReadOnlyList<StateSpec> states, IReadOnlyList<TriggerSpec> triggers)
    {
        InitialState = initialState;
        States = states;
        Triggers = triggers;
        _states = states.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var lines = states.Select(s => s.ToString()).Concat(triggers.Select(t => t.ToString())).Order(StringComparer.Ordinal);
        CanonicalText = "initial " + initialState + "\n" + string.Join("\n", lines) + "\n";
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText)));
    }

    public string InitialState { get; }

    public IReadOnlyList<StateSpec> States { get; }

    public IReadOnlyList<TriggerSpec> Triggers { get; }

    /// <summary>One sorted line per state and trigger: the text the fingerprint is taken over.</summary>
    public string CanonicalText { get; }

    /// <summary>SHA-256 of <see cref="CanonicalText"/>, lower-case hex.</summary>
    public string Fingerprint { get; }

    public StateSpec State(string name) =>
        _states.TryGetValue(name, out var state) ? state : throw new KeyNotFoundException($"No state '{name}'.");

    public IEnumerable<TriggerSpec> TriggersFrom(string state) => Triggers.Where(t => t.From == state);

    public TriggerSpec? Find(string state, string trigger) =>
        Triggers.FirstOrDefault(t => t.From == state && t.Trigger == trigger);
}
