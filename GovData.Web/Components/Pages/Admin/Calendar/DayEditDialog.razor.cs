using GovData.Domain;
using GovData.Domain.Calendar;
using GovData.Domain.Identity;
using GovData.Web.Components.Pages.Calendar;
using GovData.Web.Localization;
using GovData.Workflows.Calendar;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Admin.Calendar;

public sealed partial class DayEditDialog
{
    private DayChoice _choice;
    private string? _name;
    private IReadOnlyList<string> _errors = [];
    private bool _busy;

    public enum DayChoice
    {
        Normal,
        Holiday,
        MakeUp,
    }

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public DateOnly Date { get; set; }

    [Parameter]
    public CalendarDayView? Current { get; set; }

    [Parameter, EditorRequired]
    public UserContext User { get; set; } = UserContext.Anonymous;

    [Inject]
    private UpsertCalendarDay Upsert { get; set; } = default!;

    [Inject]
    private RemoveCalendarDay Remove { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CalendarResource> T { get; set; } = default!;

    private bool IsWeekend => CalendarRules.IsWeekend(Date);

    protected override void OnInitialized()
    {
        _choice = Current is null ? DayChoice.Normal : Current.IsOffDay ? DayChoice.Holiday : DayChoice.MakeUp;
        _name = Current?.Name;
    }

    private void Cancel() => Dialog.Cancel();

    private async Task SaveAsync()
    {
        if (_choice == DayChoice.Normal && Current is null)
        {
            Dialog.Cancel();
            return;
        }

        _busy = true;
        try
        {
            var result = _choice == DayChoice.Normal
                ? await Remove.ExecuteAsync(User, Date)
                : await Upsert.ExecuteAsync(User, Date, _choice == DayChoice.Holiday, _name);
            if (result.Succeeded)
            {
                var message = _choice == DayChoice.Normal
                    ? T.Format("Admin.Removed", Date)
                    : T.Format("Admin.Saved", $"{CalendarDates.Long(Date)} {T.KindText(_choice == DayChoice.Holiday ? DayKind.Holiday : DayKind.MakeUpWorkday, _name?.Trim())}");
                Dialog.Close(DialogResult.Ok(message));
                return;
            }

            _errors = [.. result.Issues.Select(i => T.Message(i))];
        }
        catch (DomainRuleException error)
        {
            _errors = [T.Message(error)];
        }
        finally
        {
            _busy = false;
        }
    }
}
