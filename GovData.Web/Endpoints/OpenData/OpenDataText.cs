using System.Globalization;
using GovData.Web.Localization;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Endpoints.OpenData;

internal static class OpenDataText
{
    public static string Format(this IStringLocalizer<OpenDataResource> text, string key, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, text[key], arguments);
}
