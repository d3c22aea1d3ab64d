using GovData.Domain.Identity;
using GovData.Web.Components.Pages.Calendar;
using GovData.Web.Localization;
using GovData.Workflows.Identity;
using GovData.Workflows.Runtime;
using GovData.Workflows.Runtime.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Workflows;

/// <summary>One workflow instance: visibility is decided by <see cref="GetWorkflowInstance"/> (not found for
/// outsiders); actions go through <see cref="FireTrigger"/> with the revision shown, so a decision someone else made
/// meanwhile is reported, not overwritten.</summary>
public partial class WorkflowInstancePage
{
    private WorkflowInstanceView? _view;
    private UserContext? _user;
    private bool _loaded;
    private bool _busy;

    [Parameter]
    public long Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private GetWorkflowInstance GetInstance { get; set; } = default!;

    [Inject]
    private FireTrigger FireTrigger { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    // A process's broken rule (e.g. Sharing.Error.*) is worded in its own text resource (its module names it).
    [Inject]
    private WorkflowLocalizers Processes { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _user ??= (await AuthenticationState).User.ToUserContext();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _view = await GetInstance.ExecuteAsync(Id, _user!);
        _loaded = true;
    }

    /// <summary>The clock's stop: still standing (no due date meanwhile), or the span it stood and what was left.</summary>
    private string ClockText(ClockStop clock) => clock.ResumedOn is { } resumed
        ? L["Instance.Clock.Resumed", CalendarDates.Long(clock.StoppedOn), CalendarDates.Long(resumed), clock.RemainingWorkingDays ?? 0]
        : L["Instance.Clock.Stopped", CalendarDates.Long(clock.StoppedOn), clock.RemainingWorkingDays ?? 0];

    private async Task FireAsync((AvailableAction Action, WorkflowActionInput Input) fire)
    {
        if (_view is null || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await FireTrigger.ExecuteAsync(
                new FireTriggerRequest(_view.Id, fire.Action.Trigger, fire.Input.Arguments, fire.Input.Comment, _view.Revision), _user!);
            if (result.Succeeded)
            {
                Snackbar.Add(L["Action.Done", W.Trigger(_view.DefinitionName, fire.Action.Trigger)], Severity.Success);
            }
            else
            {
                Snackbar.Add(W.Message(result, Processes.For(_view.DefinitionName)), result.Outcome == WorkflowOutcome.Conflict ? Severity.Warning : Severity.Error);
            }

            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
