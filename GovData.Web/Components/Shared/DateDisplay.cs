using System.Globalization;
using GovData.Domain.Time;

namespace GovData.Web.Components.Shared;

/// <summary>
/// Dates as GovData shows them, always in Asia/Shanghai: 2025年10月10日 in Chinese, 10 Oct 2025 in English.
/// The patterns are fixed here because the culture data does not give them: on this machine (ICU) the zh-CN long date
/// pattern is "yyyy年M月d日dddd" (2025年10月10日星期五) and the English one is "dddd, MMMM d, yyyy".
/// </summary>
public static class DateDisplay
{
    public const string ChineseDate = "yyyy年M月d日";
    public const string EnglishDate = "d MMM yyyy";

    public static string LongDate(DateOnly date, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        return date.ToString(IsChinese(culture) ? ChineseDate : EnglishDate, culture);
    }

    /// <summary>2025年10月10日 星期五 / Friday, 10 Oct 2025.</summary>
    public static string LongDateWithWeekday(DateOnly date, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        return IsChinese(culture)
            ? date.ToString(ChineseDate + " dddd", culture)
            : date.ToString("dddd, " + EnglishDate, culture);
    }

    /// <summary>The China date of a UTC instant.</summary>
    public static string LongDate(DateTime utc, CultureInfo? culture = null) =>
        LongDate(DateOnly.FromDateTime(ChinaTime.ToChinaTime(utc)), culture);

    /// <summary>2025年10月10日 14:05 / 10 Oct 2025 14:05 (24-hour clock in both: deadlines are read to the minute).</summary>
    public static string DateTime(DateTime utc, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var local = ChinaTime.ToChinaTime(utc);
        return local.ToString((IsChinese(culture) ? ChineseDate : EnglishDate) + " HH:mm", culture);
    }

    private static bool IsChinese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh";
}
