using System.Globalization;
using GovData.Web.Components.Pages.Calendar;
using GovData.Web.Localization;
using GovData.Workflows.Inbox;
using GovData.Workflows.Runtime;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Workflows;

/// <summary>Names of processes, states, triggers and arguments in the user's language (WorkflowResource keys), the
/// deadline chip's text and colour, and refusal messages.</summary>
public static class WorkflowText
{
    public static string Process(this IStringLocalizer<WorkflowResource> l, string name) => Lookup(l, "Workflow.Definition." + name, name);

    public static string State(this IStringLocalizer<WorkflowResource> l, string state) => Lookup(l, "Workflow.State." + state, state);

    public static string Trigger(this IStringLocalizer<WorkflowResource> l, string trigger) => Lookup(l, "Workflow.Trigger." + trigger, trigger);

    /// <summary>A state of <paramref name="process"/>: its own text (<c>Workflow.{Process}.State.*</c>), else the generic one.</summary>
    public static string State(this IStringLocalizer<WorkflowResource> l, string process, string state) =>
        Own(l, $"Workflow.{process}.State.{state}") ?? l.State(state);

    /// <summary>A trigger of <paramref name="process"/>: its own text (<c>Workflow.{Process}.Trigger.*</c>), else the generic one.</summary>
    public static string Trigger(this IStringLocalizer<WorkflowResource> l, string process, string trigger) =>
        Own(l, $"Workflow.{process}.Trigger.{trigger}") ?? l.Trigger(trigger);

    /// <summary>What the dialog of a process's trigger explains (<c>Workflow.{Process}.Trigger.{trigger}.Hint</c>, else
    /// the generic hint), or null: a hint written for one process's Approve is never shown for another's.</summary>
    public static string? TriggerHint(this IStringLocalizer<WorkflowResource> l, string process, string trigger, string suffix = ".Hint") =>
        Own(l, $"Workflow.{process}.Trigger.{trigger}{suffix}") ?? Own(l, $"Workflow.Trigger.{trigger}{suffix}");

    public static string Argument(this IStringLocalizer<WorkflowResource> l, string argument) => Lookup(l, "Workflow.Argument." + argument, argument);

    /// <summary>
    /// A refusal or conflict of a workflow use case, with its placeholders filled in the current culture. A broken
    /// rule of the subject carries its feature's key (e.g. Sharing.Error.*): it is looked up in
    /// <paramref name="features"/> after WorkflowResource; an unknown key shows a generic text naming it — never an
    /// exception's text.
    /// </summary>
    public static string Message(this IStringLocalizer<WorkflowResource> l, WorkflowResult result, params IStringLocalizer[] features)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.MessageKey is null)
        {
            return string.Empty;
        }

        var arguments = result.Arguments.Select(a => a switch
        {
            string s when result.Outcome == WorkflowOutcome.Conflict => LocalizeName(l, s),
            DateOnly date => CalendarDates.Long(date),
            _ => a,
        }).ToArray();
        var template = new[] { (IStringLocalizer)l }.Concat(features ?? [])
            .Select(localizer => localizer[result.MessageKey])
            .FirstOrDefault(text => !text.ResourceNotFound);
        return template is null
            ? l["Workflow.Error.Unknown", result.MessageKey].Value
            : string.Format(CultureInfo.CurrentCulture, template.Value, arguments);
    }

    public static string Remaining(this IStringLocalizer<InboxResource> l, int? remaining) => remaining switch
    {
        null => l["Remaining.None"],
        < 0 => l["Remaining.Overdue", -remaining.Value],
        0 => l["Remaining.Today"],
        1 => l["Remaining.OneDay"],
        _ => l["Remaining.Days", remaining.Value],
    };

    /// <summary>The colour of an action's button (and of its dialog's confirm button), from the tone its process
    /// declares: positive green, negative red, the rest primary.</summary>
    public static Color ActionColour(AvailableAction action) => action?.Tone switch
    {
        ActionTone.Positive => Color.Success,
        ActionTone.Negative => Color.Error,
        _ => Color.Primary,
    };

    public static Color Colour(DeadlineStatus status) => status switch
    {
        DeadlineStatus.OnTrack => Color.Success,
        DeadlineStatus.DueSoon => Color.Warning,
        DeadlineStatus.Overdue => Color.Error,
        _ => Color.Default,
    };

    // A conflict names the trigger and state the winner reached: show those by their names, not their codes.
    private static string LocalizeName(IStringLocalizer<WorkflowResource> l, string value)
    {
        foreach (var prefix in new[] { "Workflow.Trigger.", "Workflow.State." })
        {
            var text = l[prefix + value];
            if (!text.ResourceNotFound)
            {
                return text;
            }
        }

        return value;
    }

    private static string? Own(IStringLocalizer<WorkflowResource> l, string key)
    {
        var text = l[key];
        return text.ResourceNotFound ? null : text.Value;
    }

    private static string Lookup(IStringLocalizer<WorkflowResource> l, string key, string fallback)
    {
        var text = l[key];
        return text.ResourceNotFound ? fallback : text.Value;
    }
}
