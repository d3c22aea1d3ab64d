using System.Globalization;
using GovData.Domain.Calendar;
using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Web.Components;
using GovData.Web.Components.Pages.Calendar;
using GovData.Web.Localization;
using GovData.Workflows.Calendar;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Endpoints;

/// <summary>
/// The public due-date API (anonymous; answers in the request's Accept-Language) and the administrator's Excel
/// template download.
/// </summary>
public static class CalendarEndpoints
{
    public const string TemplateRoute = "/admin/calendar/template";

    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(AppRoutes.ApiDueDate, GetDueDateAsync)
            .AllowAnonymous()
            .WithName("CalendarDueDate")
            .Produces<DueDateResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet(TemplateRoute, GetTemplateAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.SystemAdmin });
        return app;
    }

    internal static async Task<IResult> GetDueDateAsync(
        string? received,
        string? workingDays,
        CalculateDueDate calculate,
        IStringLocalizer<CalendarResource> text,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var receivedDate = ParseReceived(received, text, errors);
        var days = ParseWorkingDays(workingDays, text, errors);
        if (errors.Count > 0)
        {
            return Results.Problem(
                title: text["Api.Problem.Title"],
                detail: string.Join(" ", errors.Values.SelectMany(m => m)),
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = errors });
        }

        var explanation = await calculate.ExecuteAsync(receivedDate!.Value, days!.Value, cancellationToken);
        return Results.Ok(DueDateResponse.From(explanation, text));
    }

    private static DateOnly? ParseReceived(string? value, IStringLocalizer<CalendarResource> text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors["received"] = [text.Format("Api.ReceivedMissing")];
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors["received"] = [text.Format("Api.ReceivedInvalid", value)];
            return null;
        }

        if (date.Year is < CalendarRules.MinYear or > CalendarRules.MaxYear)
        {
            errors["received"] = [text.Format("Api.ReceivedOutOfRange", value, CalendarRules.MinYear, CalendarRules.MaxYear)];
            return null;
        }

        return date;
    }

    private static int? ParseWorkingDays(string? value, IStringLocalizer<CalendarResource> text, Dictionary<string, string[]> errors)
    {
        const int min = WorkingDayCalendar.MinWorkingDays;
        const int max = WorkingDayCalendar.MaxWorkingDays;
        if (string.IsNullOrWhiteSpace(value))
        {
            errors["workingDays"] = [text.Format("Api.WorkingDaysMissing", min, max)];
            return null;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days))
        {
            errors["workingDays"] = [text.Format("Api.WorkingDaysNotInteger", value, min, max)];
            return null;
        }

        if (days is < min or > max)
        {
            errors["workingDays"] = [text.Format("Api.WorkingDaysOutOfRange", days, min, max)];
            return null;
        }

        return days;
    }

    private static async Task<IResult> GetTemplateAsync(
        int? year,
        HttpContext http,
        GetCalendarTemplate template,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var file = await template.ExecuteAsync(
            http.User.ToUserContext(),
            year ?? ChinaTime.Today(time).Year,
            cancellationToken);
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}

/// <summary>The due-date API's answer. Dates are ISO (yyyy-MM-dd); descriptions are in the request's language.</summary>
public sealed record DueDateResponse(
    DateOnly Received,
    int WorkingDays,
    DateOnly DueDate,
    bool CalendarComplete,
    IReadOnlyList<int> MissingYears,
    string? Warning,
    IReadOnlyList<DueDateResponse.CountedDay> CountedDays,
    IReadOnlyList<DueDateResponse.SkippedDay> SkippedDays)
{
    public static DueDateResponse From(DueDateExplanation explanation, IStringLocalizer<CalendarResource> text) => new(
        explanation.Received,
        explanation.WorkingDays,
        explanation.DueDate,
        explanation.CalendarComplete,
        explanation.MissingYears,
        explanation.CalendarComplete ? null : text.Format("Api.Incomplete", string.Join(", ", explanation.MissingYears)),
        [.. explanation.CountedDays.Select(d => new CountedDay(d.Date, d.Kind.ToString(), d.HolidayName, text.KindText(d.Kind, d.HolidayName)))],
        [.. explanation.SkippedDays.Select(d => new SkippedDay(d.Date, d.Reason.ToString(), d.HolidayName, text.ReasonText(d)))]);

    /// <summary>A counted day: kind Workday or MakeUpWorkday (then with the holiday it makes up for).</summary>
    public sealed record CountedDay(DateOnly Date, string Kind, string? HolidayName, string Description);

    /// <summary>A skipped day: reason Weekend or Holiday (then with the holiday's name).</summary>
    public sealed record SkippedDay(DateOnly Date, string Reason, string? HolidayName, string Description);
}
