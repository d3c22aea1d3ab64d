using System.Globalization;
using System.Text.Json;
using GovData.Domain.Calendar;

namespace GovData.Workflows.Calendar;

/// <summary>
/// Reads the official schedule shape (<see cref="HolidayFile"/>: year, source, days of name/date/isOffDay) leniently
/// enough to report every problem with its entry number (1-based), instead of stopping at the first.
/// </summary>
public static class CalendarJsonReader
{
    public static CalendarImportDocument Read(ReadOnlyMemory<byte> content)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(content, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return CalendarImportDocument.Failed(CalendarIssue.Of(CalendarImportIssues.InvalidJson, (ex.LineNumber ?? 0) + 1));
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return CalendarImportDocument.Failed(CalendarIssue.Of(CalendarImportIssues.JsonShape));
            }

            var issues = new List<CalendarIssue>();
            int? year = null;
            if (TryGet(root, "year", out var yearElement) && yearElement.ValueKind == JsonValueKind.Number && yearElement.TryGetInt32(out var y))
            {
                year = y;
            }
            else
            {
                issues.Add(CalendarIssue.Of(CalendarImportIssues.MissingField, "year"));
            }

            var source = TryGet(root, "source", out var sourceElement) && sourceElement.ValueKind == JsonValueKind.String
                ? sourceElement.GetString()
                : null;

            if (!TryGet(root, "days", out var daysElement) || daysElement.ValueKind != JsonValueKind.Array)
            {
                issues.Add(CalendarIssue.Of(CalendarImportIssues.MissingField, "days"));
                return new CalendarImportDocument(year, source, [], issues);
            }

            var entries = new List<CalendarEntry>();
            var row = 0;
            foreach (var day in daysElement.EnumerateArray())
            {
                row++;
                if (ReadDay(row, day, issues) is { } entry)
                {
                    entries.Add(entry);
                }
            }

            return new CalendarImportDocument(year, source, entries, issues);
        }
    }

    private static CalendarEntry? ReadDay(int row, JsonElement day, List<CalendarIssue> issues)
    {
        if (day.ValueKind != JsonValueKind.Object)
        {
            issues.Add(CalendarIssue.AtRow(row, CalendarImportIssues.JsonShape));
            return null;
        }

        DateOnly? date = null;
        if (!TryGet(day, "date", out var dateElement) || dateElement.ValueKind != JsonValueKind.String)
        {
            issues.Add(CalendarIssue.AtRow(row, CalendarImportIssues.MissingField, "date"));
        }
        else if (DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
        }
        else
        {
            issues.Add(CalendarIssue.AtRow(row, CalendarImportIssues.InvalidDate, dateElement.GetString() ?? string.Empty));
        }

        bool? isOffDay = null;
        if (TryGet(day, "isOffDay", out var offElement) && offElement.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            isOffDay = offElement.GetBoolean();
        }
        else
        {
            issues.Add(CalendarIssue.AtRow(row, CalendarImportIssues.MissingField, "isOffDay"));
        }

        var name = TryGet(day, "name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String ? nameElement.GetString() : null;
        return date is { } d && isOffDay is { } off ? new CalendarEntry(row, d, off, name) : null;
    }

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
