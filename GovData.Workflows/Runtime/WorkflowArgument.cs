using System.Globalization;

namespace GovData.Workflows.Runtime;

/// <summary>
/// A trigger argument declared once, typed: its name, kind and whether it is required. The definition declares its
/// triggers with it (<see cref="WorkflowBuilder.TransitionBuilder.With"/>), and the handler, the options, the summary and
/// the seeders read and write values through it, so the name is written in one file per process (its
/// <c>*Arguments.cs</c>; an architecture test keeps the names out of every other file).
/// </summary>
public sealed record WorkflowArgument(string Name, ArgumentKind Kind, bool Required)
{
    public static WorkflowArgument Text(string name, bool required = true) => new(name, ArgumentKind.Text, required);

    public static WorkflowArgument Date(string name, bool required = true) => new(name, ArgumentKind.Date, required);

    public static WorkflowArgument TextList(string name, bool required = true) => new(name, ArgumentKind.TextList, required);

    public static WorkflowArgument Department(string name, bool required = true) => new(name, ArgumentKind.DepartmentId, required);

    public ArgumentSpec Spec => new(Name, Kind, Required);

    public bool Is(ArgumentSpec spec) => spec?.Name == Name;

    /// <summary>The raw value, or null when absent or blank.</summary>
    public string? ValueIn(IReadOnlyDictionary<string, string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.TryGetValue(Name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }

    public DateOnly? DateIn(IReadOnlyDictionary<string, string> arguments) =>
        ValueIn(arguments) is { } value ? WorkflowArguments.Date(value) : null;

    public IReadOnlyList<string> ListIn(IReadOnlyDictionary<string, string> arguments) =>
        ValueIn(arguments) is { } value ? WorkflowArguments.List(value) : [];

    public int? IdIn(IReadOnlyDictionary<string, string> arguments) =>
        int.TryParse(ValueIn(arguments), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>A value to send: a date as yyyy-MM-dd.</summary>
    public KeyValuePair<string, string> Of(DateOnly value) => new(Name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A value to send: a list one item per line.</summary>
    public KeyValuePair<string, string> Of(IEnumerable<string> values) => new(Name, string.Join('\n', values));

    public KeyValuePair<string, string> Of(int value) => new(Name, value.ToString(CultureInfo.InvariantCulture));

    public KeyValuePair<string, string> Of(string value) => new(Name, value);
}
