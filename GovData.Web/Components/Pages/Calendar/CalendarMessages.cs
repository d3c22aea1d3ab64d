using System.Globalization;
using GovData.Domain;
using GovData.Domain.Calendar;
using GovData.Web.Localization;
using GovData.Workflows.Calendar;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Components.Pages.Calendar;

/// <summary>Turns the calendar's resource keys and arguments into text in the current language.</summary>
public static class CalendarMessages
{
    public static string Format(this IStringLocalizer<CalendarResource> text, string key, params object[] arguments)
    {
        var template = text[key];
        return arguments.Length == 0
            ? template.Value
            : string.Format(CultureInfo.CurrentCulture, template.Value, CalendarDates.FormatArguments(arguments));
    }

    public static string Message(this IStringLocalizer<CalendarResource> text, CalendarIssue issue, CalendarImportFormat? format = null)
    {
        var message = text.Format(issue.Code, [.. issue.Arguments]);
        if (issue.Row is not { } row)
        {
            return message;
        }

        var where = text.Format(format == CalendarImportFormat.Excel ? "Calendar.Import.Row.Excel" : "Calendar.Import.Row.Json", row);
        return where + message;
    }

    public static string Message(this IStringLocalizer<CalendarResource> text, DomainRuleException error) =>
        text.Format(error.Code, [.. error.Arguments]);

    public static string KindText(this IStringLocalizer<CalendarResource> text, DayKind kind, string? holidayName) => kind switch
    {
        DayKind.Holiday when holidayName is not null => text.Format("Kind.HolidayNamed", holidayName),
        DayKind.MakeUpWorkday when holidayName is not null => text.Format("Kind.MakeUpNamed", holidayName),
        _ => text[$"Kind.{kind}"],
    };

    public static string ReasonText(this IStringLocalizer<CalendarResource> text, SkippedDay day) =>
        day.Reason == SkipReason.Holiday ? text.KindText(DayKind.Holiday, day.HolidayName) : text["Kind.Weekend"];
}
