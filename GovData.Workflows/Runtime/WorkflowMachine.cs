using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using Stateless;

namespace GovData.Workflows.Runtime;

/// <summary>
/// A Stateless machine over one instance's persisted state, with the guards evaluated for one user. Built for each
/// operation and thrown away (Stateless is not thread-safe); it never writes the instance itself — the use case
/// applies the resulting state through the domain.
/// </summary>
internal sealed class WorkflowMachine
{
    private readonly StateMachine<string, string> _machine;
    private readonly WorkflowShape _shape;
    private string _state;

    private WorkflowMachine(WorkflowShape shape, string state, Func<TriggerSpec, bool> guard)
    {
        _shape = shape;
        _state = state;
        _machine = new StateMachine<string, string>(() => _state, s => _state = s);
        foreach (var spec in shape.States)
        {
            _machine.Configure(spec.Name);
        }

        foreach (var trigger in shape.Triggers)
        {
            var from = _machine.Configure(trigger.From);
            var who = string.Join(" / ", trigger.AllowedActors);
            if (trigger.Kind == TriggerKind.Transition)
            {
                from.PermitIf(trigger.Trigger, trigger.To, () => guard(trigger), who);
            }
            else
            {
                from.InternalTransitionIf(trigger.Trigger, _ => guard(trigger), () => { }, who);
            }
        }
    }

    public string State => _state;

    public static WorkflowMachine For(WorkflowDefinition definition, WorkflowInstance instance, UserContext user) =>
        new(definition.Shape, instance.State, t => t.IsAllowed(user, instance));

    /// <summary>A machine with every guard open: for the diagram.</summary>
    public static WorkflowMachine Blueprint(WorkflowDefinition definition) =>
        new(definition.Shape, definition.Shape.InitialState, _ => true);

    public bool CanFire(string trigger) => _machine.CanFire(trigger);

    /// <summary>The triggers the user may fire now, in the order the definition declares them.</summary>
    public IReadOnlyList<TriggerSpec> Permitted() => [.. _shape.TriggersFrom(_state).Where(t => _machine.CanFire(t.Trigger))];

    /// <summary>Fires a permitted trigger and returns the state it leads to.</summary>
    public string Fire(string trigger)
    {
        _machine.Fire(trigger);
        return _state;
    }

    public string Mermaid() => Stateless.Graph.MermaidGraph.Format(_machine.GetInfo());
}
