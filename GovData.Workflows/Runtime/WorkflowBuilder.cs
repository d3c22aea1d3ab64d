using GovData.Domain.Identity;
using GovData.Domain.Workflows;

namespace GovData.Workflows.Runtime;

/// <summary>
/// Declares a definition's states and triggers (see <c>ShareRequestWorkflowV1</c>). Small on
/// purpose: everything it records ends up in the fingerprint.
/// </summary>
public sealed class WorkflowBuilder
{
    public const string Cancel = "Cancel";
    public const string Reassign = "Reassign";
    public const string SetDeadline = "SetDeadline";
    /// <summary>The name of the bureau operations' reason (see <see cref="BureauArguments.Reason"/>).</summary>
    public static string Reason => BureauArguments.Reason.Name;

    private readonly List<StateBuilder> _states = [];
    private readonly List<TransitionBuilder> _transitions = [];
    private string? _initial;
    private string? _cancelledState;

    /// <summary>The state a new instance starts in.</summary>
    public StateBuilder Initial(string name)
    {
        _initial = name;
        return State(name);
    }

    public StateBuilder State(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var state = new StateBuilder(name);
        _states.Add(state);
        return state;
    }

    public void Final(params string[] names)
    {
        foreach (var name in names)
        {
            State(name).IsFinal = true;
        }
    }

    public TransitionBuilder Transition(string trigger, string from, string to)
    {
        var transition = new TransitionBuilder(trigger, from, to, TriggerKind.Transition);
        _transitions.Add(transition);
        return transition;
    }

    /// <summary>
    /// The bureau's oversight on every open state: Cancel (to <paramref name="cancelledState"/>), Reassign and
    /// SetDeadline — each by a BureauOfficer of a data bureau, with a reason.
    /// </summary>
    public void BureauOperations(string cancelledState) => _cancelledState = cancelledState;

    internal WorkflowShape Build()
    {
        if (_initial is null)
        {
            throw new InvalidOperationException("A definition needs an initial state.");
        }

        var states = _states.Select(s => new StateSpec(s.Name, s.IsFinal, s.Assignee, s.Deadline, s.ClockStops)).ToList();
        foreach (var stopped in states.Where(s => s.StopsClock && (s.IsFinal || s.Deadline != DeadlinePolicy.None)))
        {
            throw new InvalidOperationException($"State {stopped.Name}: a state that stops the clock is open and has no deadline of its own.");
        }

        var duplicates = states.GroupBy(s => s.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException($"States declared twice: {string.Join(", ", duplicates)}.");
        }

        var transitions = _transitions.ToList();
        if (_cancelledState is not null)
        {
            var bureau = new WorkflowActor(Roles.BureauOfficer, DepartmentRelation.DataBureau);
            foreach (var open in states.Where(s => !s.IsFinal))
            {
                transitions.Add(new TransitionBuilder(Cancel, open.Name, _cancelledState, TriggerKind.Transition).By(bureau)
                    .With(BureauArguments.Reason));
                transitions.Add(new TransitionBuilder(Reassign, open.Name, open.Name, TriggerKind.Reassign).By(bureau)
                    .With(BureauArguments.Reason).With(BureauArguments.DepartmentId).With(BureauArguments.Role));
                transitions.Add(new TransitionBuilder(SetDeadline, open.Name, open.Name, TriggerKind.SetDeadline).By(bureau)
                    .With(BureauArguments.Reason).With(BureauArguments.DueOn));
            }
        }

        var triggers = transitions.Select(t => new TriggerSpec(t.Trigger, t.From, t.To, t.Kind, [.. t.Actors], [.. t.Arguments])).ToList();
        Validate(states, triggers);
        return new WorkflowShape(_initial, states, triggers);
    }

    private static void Validate(List<StateSpec> states, List<TriggerSpec> triggers)
    {
        var byName = states.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var trigger in triggers)
        {
            if (!byName.TryGetValue(trigger.From, out var from) || !byName.ContainsKey(trigger.To))
            {
                throw new InvalidOperationException($"Trigger {trigger.Trigger}: unknown state {trigger.From} or {trigger.To}.");
            }

            if (from.IsFinal)
            {
                throw new InvalidOperationException($"Trigger {trigger.Trigger} leaves the final state {from.Name}.");
            }

            if (trigger.AllowedActors.Count == 0)
            {
                throw new InvalidOperationException($"Trigger {trigger.Trigger} from {from.Name}: say who may fire it.");
            }

            if ((trigger.Kind == TriggerKind.Transition) == (trigger.From == trigger.To))
            {
                throw new InvalidOperationException($"Trigger {trigger.Trigger}: a transition changes state, an operation keeps it.");
            }
        }

        var twice = triggers.GroupBy(t => (t.From, t.Trigger)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (twice.Count > 0)
        {
            throw new InvalidOperationException($"Triggers declared twice in one state: {string.Join(", ", twice)}.");
        }

        foreach (var state in states.Where(s => s.Assignee?.Relation == DepartmentRelation.Assignee))
        {
            throw new InvalidOperationException($"State {state.Name}: the assignee must be named by provider, requester, bureau or initiator.");
        }

        foreach (var trigger in triggers.Where(t => t.AllowedActors.Any(a => a.Relation == DepartmentRelation.ResponsibleBureau)))
        {
            throw new InvalidOperationException(
                $"Trigger {trigger.Trigger}: the responsible bureau names who must act; let DataBureau fire it and the subject's guard decide which bureau.");
        }
    }

    public sealed class StateBuilder(string name)
    {
        public string Name { get; } = name;

        internal bool IsFinal { get; set; }

        internal WorkflowActor? Assignee { get; private set; }

        internal DeadlinePolicy Deadline { get; private set; } = DeadlinePolicy.None;

        internal bool ClockStops { get; private set; }

        /// <summary>Who must act while an instance is in this state.</summary>
        public StateBuilder AssignTo(string role, DepartmentRelation relation)
        {
            Assignee = new WorkflowActor(role, relation);
            return this;
        }

        public StateBuilder WithDeadline(DeadlinePolicy policy)
        {
            Deadline = policy;
            return this;
        }

        /// <summary>
        /// While an instance waits here (e.g. for an applicant to supply missing material) its deadline stands still:
        /// no due date, so neither due nor overdue, and the sweep passes it by. Leaving for a state that runs the clock
        /// restarts it: the new due date is the working days that were left, counted from that day.
        /// </summary>
        public StateBuilder StopsClock()
        {
            ClockStops = true;
            return this;
        }
    }

    public sealed class TransitionBuilder(string trigger, string from, string to, TriggerKind kind)
    {
        internal string Trigger { get; } = trigger;

        internal string From { get; } = from;

        internal string To { get; } = to;

        internal TriggerKind Kind { get; } = kind;

        internal List<WorkflowActor> Actors { get; } = [];

        internal List<ArgumentSpec> Arguments { get; } = [];

        /// <summary>Who may fire it: a role in a department standing in <paramref name="relation"/> (any of several).</summary>
        public TransitionBuilder By(string role, DepartmentRelation relation) => By(new WorkflowActor(role, relation));

        /// <summary>Takes the declared argument (name, kind, required) — the way processes declare theirs.</summary>
        public TransitionBuilder With(WorkflowArgument argument)
        {
            ArgumentNullException.ThrowIfNull(argument);
            Arguments.Add(argument.Spec);
            return this;
        }

        public TransitionBuilder Requires(string name, ArgumentKind kind = ArgumentKind.Text)
        {
            Arguments.Add(new ArgumentSpec(name, kind, true));
            return this;
        }

        public TransitionBuilder Optional(string name, ArgumentKind kind = ArgumentKind.Text)
        {
            Arguments.Add(new ArgumentSpec(name, kind, false));
            return this;
        }

        internal TransitionBuilder By(WorkflowActor actor)
        {
            Actors.Add(actor);
            return this;
        }
    }
}
