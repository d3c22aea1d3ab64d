using GovData.Workflows.Disputes;
using GovData.Workflows.OpenData.Applications;
using GovData.Workflows.Oversight.Proposals;
using GovData.Workflows.Runtime;

namespace GovData.Workflows.Administration.Settings;

/// <summary>What a setting holds: working days of a time limit, an escalation ladder, calendar days or months.</summary>
public enum SettingKind
{
    WorkingDays = 1,
    Ladder = 2,
    CalendarDays = 3,
    Months = 4,
}

/// <summary>One setting the page edits: its configuration key, the process it belongs to (null: general), what it
/// holds, its bounds and the value it has when neither the page nor appsettings.json sets it.</summary>
public sealed record SettingDefinition(string Key, string? Process, SettingKind Kind, int Min, int Max, int? DefaultDays)
{
    /// <summary>The text key of its name (AdminResource <c>Setting.{Name}</c>): the key after its section.</summary>
    public string Name => Kind == SettingKind.Ladder ? "Escalation" : Key[(Key.LastIndexOf(':') + 1)..];

    /// <summary>Whether a change moves the due dates of instances (never those already set).</summary>
    public bool IsDeadline => Kind == SettingKind.WorkingDays;
}

/// <summary>
/// Every editable setting, for every registered process module: the time limits its definitions read from settings
/// (each state's <see cref="DeadlinePolicy.SettingKey"/>), the few limits a module reads beside its states, and its
/// escalation ladder; plus the oversight's staleness grace. Built from <see cref="WorkflowProcesses"/>, so a new
/// module's time limits appear without a change here.
/// </summary>
public sealed class ProcessSettingCatalog(WorkflowProcesses processes)
{
    public const int MaxWorkingDays = 60;
    public const int MaxLadderSteps = 6;
    public const int MaxLadderDays = 30;
    public const int MaxGraceDays = 365;
    public const string StaleGraceKey = ProposalSettings.Section + ":" + nameof(ProposalSettings.StaleGraceDays);
    public const string SecurityReviewKey = SecurityReviewOptions.Section + ":" + nameof(SecurityReviewOptions.MaxAgeMonths);

    // Limits modules read through WorkflowSettings beside their states' own deadlines.
    private static readonly (string Setting, int Default)[] LimitsBesideStates =
    [
        (DisputeSettings.StatementWorkingDaysSetting, DisputeSettings.DefaultStatementWorkingDays),
        (DisputeSettings.ExtensionWorkingDaysSetting, DisputeSettings.DefaultExtensionWorkingDays),
        (OpenDataApplicationWorkflowV1.MaterialWorkingDaysSetting, OpenDataApplicationWorkflowV1.DefaultMaterialWorkingDays),
    ];

    public IReadOnlyList<SettingDefinition> All()
    {
        var settings = new List<SettingDefinition>();
        foreach (var process in processes.All)
        {
            var limits = process.Definitions.SelectMany(d => d.Shape.States).Select(s => s.Deadline)
                .Where(p => p.SettingKey is not null).Select(p => (Setting: p.SettingKey!, Default: p.WorkingDays ?? 1))
                .Concat(LimitsBesideStates.Where(l => l.Setting.StartsWith(process.Name + ".", StringComparison.Ordinal)))
                .DistinctBy(l => l.Setting);
            settings.AddRange(limits.Select(l => new SettingDefinition(KeyOf(l.Setting), process.Name, SettingKind.WorkingDays, 1, MaxWorkingDays, l.Default)));
            settings.Add(new SettingDefinition($"Workflows:{process.Name}{StoredSettingsConfiguration.LadderSuffix}", process.Name, SettingKind.Ladder, 1, MaxLadderSteps, null));
        }

        settings.Add(new SettingDefinition(StaleGraceKey, null, SettingKind.CalendarDays, 0, MaxGraceDays, new ProposalSettings().StaleGraceDays));
        settings.Add(new SettingDefinition(
            SecurityReviewKey, null, SettingKind.Months, SecurityReviewOptions.MinMaxAgeMonths, SecurityReviewOptions.MaxMaxAgeMonths, SecurityReviewOptions.DefaultMaxAgeMonths));
        return settings;
    }

    public SettingDefinition? Find(string key) => All().FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.Ordinal));

    /// <summary>The configuration key of a workflow setting (<c>ShareRequest.ReplyWorkingDays</c> →
    /// <c>Workflows:ShareRequest:ReplyWorkingDays</c>, as <see cref="WorkflowSettings"/> reads it).</summary>
    public static string KeyOf(string setting) => "Workflows:" + setting.Replace('.', ':');
}
