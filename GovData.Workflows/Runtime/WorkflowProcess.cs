using GovData.Workflows.Deadlines;

namespace GovData.Workflows.Runtime;

/// <summary>How an action's button reads: approving (positive), refusing or cancelling (negative), anything else.</summary>
public enum ActionTone
{
    Neutral = 0,
    Positive = 1,
    Negative = 2,
}

/// <summary>
/// One process as one module (decision 0017): everything the runtime needs to run it, declared in one class and
/// registered with one line, <c>services.AddWorkflowProcess&lt;ShareRequestProcess&gt;()</c>. The runtime core (start,
/// fire, inbox, sweep, instance page) reads processes only through <see cref="WorkflowProcesses"/>; it never names one.
/// <see cref="WorkflowProcesses"/> refuses to be built (so the app refuses to start) when a piece is missing or
/// names a definition that does not exist.
/// </summary>
public abstract class WorkflowProcess
{
    /// <summary>The definitions' name (every version's <see cref="WorkflowDefinition.Name"/>).</summary>
    public abstract string Name { get; }

    /// <summary>What its instances are about (<see cref="Domain.Workflows.WorkflowInstance.SubjectType"/>).</summary>
    public abstract string SubjectType { get; }

    /// <summary>Every version still registered: the latest published starts new instances, older ones finish theirs.</summary>
    public abstract IReadOnlyList<WorkflowDefinition> Definitions { get; }

    /// <summary>An <see cref="IWorkflowSubjectHandler"/>: the subject's side of each change, inside its transaction.</summary>
    public abstract Type SubjectHandler { get; }

    /// <summary>An <see cref="IWorkflowSubjectSummary"/>: what the instance page shows about the subject.</summary>
    public abstract Type Summary { get; }

    /// <summary>An <see cref="IWorkflowArgumentOptions"/>: the choices of the decision dialogs.</summary>
    public abstract Type ArgumentOptions { get; }

    /// <summary>The arguments its triggers take, declared once (see <see cref="WorkflowArgument"/>).</summary>
    public abstract IReadOnlyList<WorkflowArgument> Arguments { get; }

    /// <summary>The escalation ladder when the configuration (<c>Workflows:{Name}:Escalation</c>) sets none.</summary>
    public abstract IReadOnlyList<EscalationStep> Escalation { get; }

    /// <summary>The resource family (a class name in GovData.Web.Localization) holding the process's texts
    /// (<c>Workflow.{Name}.Trigger.*</c>, <c>.State.*</c>, hints) and its rule errors.</summary>
    public abstract string TextResource { get; }

    /// <summary>The page of the subject, with <c>{0}</c> for the id the summary links (e.g. <c>/sharing/catalog/{0}</c>).</summary>
    public abstract string SubjectRoute { get; }

    /// <summary>How a trigger's button reads; the runtime's Cancel is negative, the rest neutral unless said here.</summary>
    public virtual ActionTone ToneOf(string trigger) => trigger == WorkflowBuilder.Cancel ? ActionTone.Negative : ActionTone.Neutral;

    /// <summary>The subject page of <paramref name="id"/>.</summary>
    public string SubjectLink(int id) => string.Format(System.Globalization.CultureInfo.InvariantCulture, SubjectRoute, id);
}
