using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace GovData.Workflows.Runtime;

/// <summary>Checks a trigger's arguments against its declaration: required ones present, each well-formed, none
/// unknown. Values are text; a list is one item per line; a date is yyyy-MM-dd.</summary>
internal static class WorkflowArguments
{
    // Chinese text stays readable in the journal (HTML-sensitive characters are still escaped).
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static WorkflowResult? Check(TriggerSpec trigger, IReadOnlyDictionary<string, string> arguments)
    {
        foreach (var name in arguments.Keys)
        {
            if (!trigger.Arguments.Any(a => a.Name == name))
            {
                return WorkflowResult.Refused(WorkflowOutcome.InvalidArguments, WorkflowResult.ArgumentUnknownKey, name);
            }
        }

        foreach (var spec in trigger.Arguments)
        {
            var value = arguments.GetValueOrDefault(spec.Name);
            if (string.IsNullOrWhiteSpace(value))
            {
                if (spec.Required)
                {
                    return WorkflowResult.Refused(WorkflowOutcome.InvalidArguments, WorkflowResult.ArgumentRequiredKey, spec.Name);
                }

                continue;
            }

            if (!IsWellFormed(spec.Kind, value))
            {
                return WorkflowResult.Refused(WorkflowOutcome.InvalidArguments, WorkflowResult.ArgumentInvalidKey, spec.Name, value);
            }
        }

        return null;
    }

    public static DateOnly Date(string value) => DateOnly.ParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> List(string value) =>
        [.. value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static string Json(IReadOnlyDictionary<string, string> arguments) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(arguments.ToDictionary(), StringComparer.Ordinal), JsonOptions);

    private static bool IsWellFormed(ArgumentKind kind, string value) => kind switch
    {
        ArgumentKind.Date => DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        ArgumentKind.DepartmentId => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0,
        ArgumentKind.TextList => List(value).Count > 0,
        _ => true,
    };
}
