using System.Globalization;

namespace GovData.Web.Components.Pages.Workflows;

/// <summary>Argument values as the runtime reads them: a date is yyyy-MM-dd, a list one value per line.</summary>
public static class ArgumentValues
{
    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> values) => string.Join('\n', values);
}
