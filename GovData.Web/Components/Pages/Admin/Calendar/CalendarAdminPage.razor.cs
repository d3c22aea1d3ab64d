using GovData.Domain;
using GovData.Domain.Calendar;
using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Web.Components.Pages.Calendar;
using GovData.Web.Localization;
using GovData.Workflows.Calendar;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Admin.Calendar;

/// <summary>The calendar administration page: one year as twelve month grids, day editing and import.</summary>
public sealed partial class CalendarAdminPage
{
    private const string ImportAnchor = "#" + CalendarImportPanel.ElementId;

    private CalendarYearView? _view;
    private Dictionary<DateOnly, CalendarDayView> _days = [];
    private UserContext _user = UserContext.Anonymous;
    private DateOnly _today;
    private int _year;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "year")]
    private int? YearQuery { get; set; }

    [Inject]
    private GetCalendarYear GetYear { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CalendarResource> T { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private IReadOnlyList<int> LoadedYears => _view?.LoadedYears ?? [];

    private IReadOnlyList<int> YearOptions =>
        [.. LoadedYears.Concat([_today.Year - 1, _today.Year, _today.Year + 1, _year]).Distinct().Order()];

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User.ToUserContext();
        _today = ChinaTime.Today(Time);
    }

    protected override async Task OnParametersSetAsync()
    {
        _year = YearQuery is { } year and >= CalendarRules.MinYear and <= CalendarRules.MaxYear ? year : _today.Year;
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        try
        {
            _view = await GetYear.ExecuteAsync(_user, _year);
            _days = _view.Days.ToDictionary(d => d.Date);
        }
        catch (DomainRuleException error)
        {
            Snackbar.Add(T.Message(error), Severity.Error);
        }
    }

    private void SelectYear(int year) => Navigation.NavigateTo($"{AppRoutes.AdminCalendar}?year={year}");

    private async Task EditDayAsync(DateOnly date)
    {
        var parameters = new DialogParameters<DayEditDialog>
        {
            { d => d.Date, date },
            { d => d.Current, _days.GetValueOrDefault(date) },
            { d => d.User, _user },
        };
        var dialog = await Dialogs.ShowAsync<DayEditDialog>(CalendarDates.WithWeekday(date), parameters, DialogOptionsFor());
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: string message })
        {
            Snackbar.Add(message, Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task MarkLoadedAsync()
    {
        var parameters = new DialogParameters<MarkYearLoadedDialog> { { d => d.Year, _year }, { d => d.User, _user } };
        var dialog = await Dialogs.ShowAsync<MarkYearLoadedDialog>(T.Format("Admin.MarkLoaded.Title", _year), parameters, DialogOptionsFor());
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            Snackbar.Add(T.Format("Admin.MarkLoaded.Done", _year), Severity.Success);
            await ReloadAsync();
        }
    }

    private static DialogOptions DialogOptionsFor() => new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
}
