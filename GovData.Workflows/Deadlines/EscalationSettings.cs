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
/// The escalation ladder, from the configuration section <c>Workflows:Escalation</c>
/// (<c>"Steps": [ { "Recipient": "ProviderApprovers", "AfterWorkingDays": 1 }, …]</c>); the defaults below otherwise:
/// the provider's approvers after 1, its department lead after 3, the bureau's officers after 5 working days overdue
/// (the overdue notice itself goes to the assignees the day the deadline has passed, so no step repeats it).
/// Step N (1-based) raises an overdue instance to escalation level N.
/// </summary>
public sealed class EscalationSettings
{
    public const string Section = "Workflows:Escalation";

    public List<EscalationStep> Steps { get; set; } = [];

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
        var configured = configuration?.GetSection(Section).Get<EscalationSettings>();
        if (configured is null || configured.Steps.Count == 0)
        {
            return Default();
        }

        // A later step never fires before an earlier one: the ladder is climbed in order.
        configured.Steps = [.. configured.Steps.OrderBy(s => s.AfterWorkingDays)];
        foreach (var step in configured.Steps)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(step.AfterWorkingDays);
            if (!Enum.IsDefined(step.Recipient))
            {
                throw new InvalidOperationException($"{Section}: unknown recipient {step.Recipient}.");
            }
        }

        return configured;
    }
}
