using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovData.Domain.Time;
using GovData.Web.Localization;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Components.Pages.Admin.Audit;

/// <summary>
/// A stored audit value as a person reads it, in the user's language: a user id as the user's name, a department id (in a
/// department field) as the department's name, a UTC time in China
/// time, a date as a date, an enum value in words, nested JSON without \u escapes, nothing as 空.
/// </summary>
public sealed class AuditValues(
    IStringLocalizer<AuditResource> l,
    IReadOnlyDictionary<string, string> userNames,
    IReadOnlyDictionary<int, string>? departmentNames = null)
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Field(string field) => l.Field(field);

    /// <summary>A value of a summary field: a department field's id reads as the department's name.</summary>
    public string Format(string field, string? value) =>
        departmentNames is not null
        && GovData.Workflows.Audit.AuditLogResult.IsDepartmentField(field)
        && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        && departmentNames.TryGetValue(id, out var department)
            ? department
            : Format(value);

    public string Format(string? value)
    {
        if (value is null || value.Length == 0)
        {
            return l["Value.Empty"];
        }

        if (userNames.TryGetValue(value, out var name))
        {
            return name;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return GovData.Web.Components.Pages.Calendar.CalendarDates.Long(date);
        }

        if (value.Length >= 19 && value[10] == 'T'
            && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
        {
            return ChinaTime.ToChinaTime(utc).ToString(l["Format.DateTime"], CultureInfo.CurrentCulture);
        }

        if (value is ['{', ..] or ['[', ..])
        {
            try
            {
                using var json = JsonDocument.Parse(value);
                return JsonSerializer.Serialize(json.RootElement, Readable);
            }
            catch (JsonException)
            {
                return value;
            }
        }

        var word = l["Value." + value];
        return word.ResourceNotFound ? value : word.Value;
    }

    /// <summary>One line of the grid's preview: "字段：旧 → 新" for a change, "字段：值" otherwise.</summary>
    public string Line(AuditSummaryLine line, bool change) => change
        ? l["Preview.Change", Field(line.Field), Format(line.Field, line.Before), Format(line.Field, line.After)]
        : l["Preview.Value", Field(line.Field), Format(line.Field, line.Before ?? line.After)];
}
