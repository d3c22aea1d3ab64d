using System.Globalization;
using GovData.Domain;
using GovData.Domain.Calendar;
using GovData.Domain.Time;
using GovData.Web.Localization;
using GovData.Workflows.Calendar;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Components.Pages.Calendar;

/// <summary>
/// The public deadline calculator: date of receipt + working days → due date with its explanation. The inputs can
/// come from the query string (?received=2025-09-30&amp;workingDays=15) so a result can be linked to.
/// </summary>
public sealed partial class DeadlineCalculatorPage
{
    private static readonly (int Days, string Key)[] Presets = [(5, "Calc.Preset.Share"), (15, "Calc.Preset.Open")];

    private DateTime? _received;
    private int? _workingDays = 5;
    private DueDateExplanation? _explanation;

    [SupplyParameterFromQuery(Name = "received")]
    private string? ReceivedQuery { get; set; }

    [SupplyParameterFromQuery(Name = "workingDays")]
    private int? WorkingDaysQuery { get; set; }

    [Inject]
    private CalculateDueDate Calculate { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CalendarResource> T { get; set; } = default!;

    private static string DateFormat => CalendarDates.Pattern();

    protected override async Task OnInitializedAsync()
    {
        var received = DateOnly.TryParseExact(ReceivedQuery, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fromQuery)
            ? fromQuery
            : ChinaTime.Today(Time);
        _received = received.ToDateTime(TimeOnly.MinValue);
        _workingDays = WorkingDaysQuery ?? _workingDays;
        await RecalculateAsync();
    }

    private async Task OnReceivedChanged(DateTime? received)
    {
        _received = received;
        await RecalculateAsync();
    }

    private async Task OnWorkingDaysChanged(int? workingDays)
    {
        _workingDays = workingDays;
        await RecalculateAsync();
    }

    private async Task RecalculateAsync()
    {
        _explanation = null;
        if (_received is not { } received || _workingDays is not { } days
            || days is < WorkingDayCalendar.MinWorkingDays or > WorkingDayCalendar.MaxWorkingDays)
        {
            return;
        }

        try
        {
            _explanation = await Calculate.ExecuteAsync(DateOnly.FromDateTime(received), days);
        }
        catch (DomainRuleException)
        {
            // Out-of-range input: the hint below the form says what is expected.
        }
    }
}
