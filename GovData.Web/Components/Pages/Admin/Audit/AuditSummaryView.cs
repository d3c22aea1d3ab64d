using System.Text.Json;
using GovData.Domain.Audit;

namespace GovData.Web.Components.Pages.Admin.Audit;

/// <summary>One line of a row's before/after summary: a field with its old and new value.</summary>
public sealed record AuditSummaryLine(string Field, string? Before, string? After);

/// <summary>Reads the stored summary JSON back into lines: inserts have only "after", deletes only "before".</summary>
public static class AuditSummaryView
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<AuditSummaryLine> Lines(string action, string? summary)
    {
        if (string.IsNullOrWhiteSpace(summary))
        {
            return [];
        }

        try
        {
            using var json = JsonDocument.Parse(summary);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [new AuditSummaryLine(string.Empty, null, summary)];
            }

            return
            [
                .. json.RootElement.EnumerateObject().Select(p => action switch
                {
                    AuditActions.Update when p.Value.ValueKind == JsonValueKind.Object =>
                        new AuditSummaryLine(p.Name, Text(p.Value, "old"), Text(p.Value, "new")),
                    AuditActions.Delete => new AuditSummaryLine(p.Name, Text(p.Value), null),
                    _ => new AuditSummaryLine(p.Name, null, Text(p.Value)),
                }),
            ];
        }
        catch (JsonException)
        {
            // A row edited behind the log's back may no longer be JSON: show it as it is.
            return [new AuditSummaryLine(string.Empty, null, summary)];
        }
    }

    /// <summary>A preview for the grid: the most telling fields first ("名称：A → B", "代码：GA"), in the user's words,
    /// one per line, never cut.</summary>
    public static IReadOnlyList<string> Preview(string action, string? summary, AuditValues values, int maxFields = 3)
    {
        ArgumentNullException.ThrowIfNull(values);
        return
        [
            .. Lines(action, summary)
                .OrderBy(l => Priority(l.Field))
                .Take(maxFields)
                .Select(l => values.Line(l, action == AuditActions.Update)),
        ];
    }

    /// <summary>Inserts, updates and deletes have before/after columns; events (sign-ins) have one value column.</summary>
    public static bool IsDataChange(string action) =>
        action is AuditActions.Insert or AuditActions.Update or AuditActions.Delete;

    private static int Priority(string field)
    {
        var index = Array.IndexOf(TellingFields, field);
        return index < 0 ? TellingFields.Length : index;
    }

    // The fields that name the thing changed, shown first in the preview.
    private static readonly string[] TellingFields =
        ["Name", "DisplayName", "userName", "UserName", "reason", "Status", "State", "Code", "Title", "Date", "Year", "Email", "Purpose"];

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? Text(value) : null;

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        // Nested objects and arrays are re-written without \u escapes.
        JsonValueKind.Object or JsonValueKind.Array => JsonSerializer.Serialize(value, Readable),
        _ => value.GetRawText(),
    };
}
