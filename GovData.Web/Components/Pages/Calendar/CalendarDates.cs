using System.Globalization;
using GovData.Domain.Time;

namespace GovData.Web.Components.Pages.Calendar;

/// <summary>
/// Dates as the UI shows them: Chinese 2025年10月10日, English 10 Oct 2025. The patterns are fixed here because
/// the ICU long date pattern of zh-CN ends with the weekday (yyyy年M月d日dddd).
/// </summary>
public static class CalendarDates
{
    public const string ChineseDate = "yyyy年M月d日";
    public const string EnglishDate = "d MMM yyyy";

    public static bool IsChinese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh";

    public static string Long(DateOnly date, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        return date.ToString(Pattern(culture), culture);
    }

    /// <summary>The date pattern of <see cref="Long"/>, for date pickers.</summary>
    public static string Pattern(CultureInfo? culture = null) =>
        IsChinese(culture ?? CultureInfo.CurrentCulture) ? ChineseDate : EnglishDate;

    /// <summary>The heading of a date picker's calendar: 11月30日 星期一 / Mon, 30 Nov (MudBlazor's default reads "周一, 30 11月").</summary>
    public static string TitlePattern(CultureInfo? culture = null) =>
        IsChinese(culture ?? CultureInfo.CurrentCulture) ? "M月d日 dddd" : "ddd, d MMM";

    /// <summary>2025年10月10日 周五 / Fri 10 Oct 2025.</summary>
    public static string WithWeekday(DateOnly date, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var weekday = culture.DateTimeFormat.GetAbbreviatedDayName(date.DayOfWeek);
        return IsChinese(culture) ? $"{Long(date, culture)} {weekday}" : $"{weekday} {Long(date, culture)}";
    }

    /// <summary>A UTC timestamp in China time: 2026年11月20日 10:00 / 20 Nov 2026 10:00.</summary>
    public static string Timestamp(DateTime utc, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var local = ChinaTime.ToChinaTime(utc);
        return $"{Long(DateOnly.FromDateTime(local), culture)} {local.ToString("HH:mm", culture)}";
    }

    /// <summary>The month's title in a year grid: 1月 / January.</summary>
    public static string MonthTitle(int month, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        return IsChinese(culture)
            ? culture.DateTimeFormat.AbbreviatedMonthNames[month - 1]
            : culture.DateTimeFormat.MonthNames[month - 1];
    }

    /// <summary>Formats message arguments: dates as <see cref="Long"/>, the rest with the culture.</summary>
    public static object[] FormatArguments(IEnumerable<object> arguments, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        return [.. arguments.Select(a => a switch
        {
            DateOnly date => Long(date, culture),
            IFormattable formattable => formattable.ToString(null, culture),
            _ => a,
        })];
    }
}
