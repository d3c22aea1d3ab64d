using Microsoft.Extensions.Configuration;

namespace GovData.Workflows.Deadlines;

/// <summary>Who is told at a step of the escalation ladder.</summary>
public enum EscalationRecipient
{
    /// <summary>The Approvers of the provider department.</summary>
    ProviderApprovers = 1,

    /// <summary>The DepartmentLead of the provider department.</summary>
    ProviderDepartmentLead = 2,

    /// <summary>The BureauOfficers of the (top) data bureau.</summary>
    BureauOfficers = 3,

    /// <summary>The DepartmentLead of the department that must act now (the assignee department): a ladder relative to
    /// who must act, e.g. a catalog review's bureau.</summary>
    AssigneeDepartmentLead = 4,
}

/// <summary>
/// One step: once the instance has stayed overdue for <see cref="AfterWorkingDays"/> whole working days, tell
/// <see cref="Recipient"/>. The first working day after the due date is the overdue notice's day; a step of N fires on
/// the (N + 1)th working day after the due date (so never on a weekend or holiday, and N = 0 fires with the overdue
/// notice on the first working day after the due date).
/// </summary>
public sealed class EscalationStep
{
    public EscalationRecipient Recipient { get; set; }

    public int AfterWorkingDays { get; set; }
}

/// <summary>
/// The escalation ladders, per process: the configuration section <c>Workflows:{Process}:Escalation</c>
/// (<c>"Steps": [ { "Recipient": "ProviderApprovers", "AfterWorkingDays": 1 }, …]</c>), else the ladder the process
/// declares (<see cref="Runtime.WorkflowProcess.Escalation"/>), else <see cref="Steps"/> (the section
/// <c>Workflows:Escalation</c>, or the defaults below: the provider's approvers after 1, its department lead after 3, the
/// bureau's officers after 5 working days overdue). The overdue notice itself goes to the assignees the day the deadline
/// has passed, so no step repeats it. Step N (1-based) raises an overdue instance to escalation level N.
/// </summary>
public sealed class EscalationSettings
{
    public const string Section = "Workflows:Escalation";

    /// <summary>Under a ladder's section: how many of its steps count (set by the settings page's stored ladder, which
    /// is layered over appsettings.json's and may be shorter).</summary>
    public const string StepCountKey = "StepCount";

    private volatile EscalationSettings? _latest;

    /// <summary>The ladder of a process that has none of its own.</summary>
    public List<EscalationStep> Steps { get; set; } = [];

    /// <summary>The ladder of each registered process, by its name.</summary>
    public Dictionary<string, List<EscalationStep>> Processes { get; } = new(StringComparer.Ordinal);

    /// <summary>The ladder of the process <paramref name="definitionName"/>.</summary>
    public IReadOnlyList<EscalationStep> StepsFor(string definitionName)
    {
        var current = _latest ?? this;
        return current.Processes.GetValueOrDefault(definitionName) ?? current.Steps;
    }

    /// <summary>From now on <see cref="StepsFor"/> answers from <paramref name="latest"/> (the configuration was reloaded,
    /// e.g. a ladder changed on the settings page).</summary>
    public void Refresh(EscalationSettings latest) => _latest = latest;

    /// <summary>The settings with each process's ladder: configured for it, else its own default.</summary>
    public static EscalationSettings From(IConfiguration? configuration, IEnumerable<Runtime.WorkflowProcess> processes)
    {
        ArgumentNullException.ThrowIfNull(processes);
        var settings = From(configuration);
        foreach (var process in processes)
        {
            var section = $"Workflows:{process.Name}:Escalation";
            var configured = Cut(configuration, section, configuration?.GetSection(section).Get<EscalationSettings>());
            settings.Processes[process.Name] = configured is { Steps.Count: > 0 } ? Checked(configured.Steps, section) : [.. process.Escalation];
        }

        return settings;
    }

    public static EscalationSettings Default() => new()
    {
        Steps =
        [
            new EscalationStep { Recipient = EscalationRecipient.ProviderApprovers, AfterWorkingDays = 1 },
            new EscalationStep { Recipient = EscalationRecipient.ProviderDepartmentLead, AfterWorkingDays = 3 },
            new EscalationStep { Recipient = EscalationRecipient.BureauOfficers, AfterWorkingDays = 5 },
        ],
    };

    public static EscalationSettings From(IConfiguration? configuration)
    {
        var configured = Cut(configuration, Section, configuration?.GetSection(Section).Get<EscalationSettings>());
        if (configured is null || configured.Steps.Count == 0)
        {
            return Default();
        }

        configured.Steps = Checked(configured.Steps, Section);
        return configured;
    }

    private static EscalationSettings? Cut(IConfiguration? configuration, string section, EscalationSettings? configured)
    {
        if (configured is not null && configuration?.GetValue<int?>($"{section}:{StepCountKey}") is { } count && count < configured.Steps.Count)
        {
            configured.Steps = [.. configured.Steps.Take(Math.Max(count, 0))];
        }

        return configured;
    }

    private static List<EscalationStep> Checked(List<EscalationStep> steps, string section)
    {
        foreach (var step in steps)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(step.AfterWorkingDays);
            if (!Enum.IsDefined(step.Recipient))
            {
                throw new InvalidOperationException($"{section}: unknown recipient {step.Recipient}.");
            }
        }

        // A later step never fires before an earlier one: the ladder is climbed in order.
        return [.. steps.OrderBy(s => s.AfterWorkingDays)];
    }
}
