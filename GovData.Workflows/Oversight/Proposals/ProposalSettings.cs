using Microsoft.Extensions.Configuration;

namespace GovData.Workflows.Oversight.Proposals;

/// <summary>
/// The proposal job's settings, section <c>Oversight:Proposals</c>: <see cref="StaleGraceDays"/> calendar days an
/// entry may stay stale (beyond its cycle and the staleness rule's own grace) before it is proposed;
/// <see cref="LookbackDays"/>: how far back late replies count.
/// </summary>
public sealed class ProposalSettings
{
    public const string Section = "Oversight:Proposals";

    public int StaleGraceDays { get; set; } = 30;

    public int LookbackDays { get; set; } = 90;

    public static ProposalSettings From(IConfiguration? configuration)
    {
        var settings = configuration?.GetSection(Section).Get<ProposalSettings>() ?? new ProposalSettings();
        if (settings.StaleGraceDays < 0 || settings.LookbackDays < 1)
        {
            throw new InvalidOperationException($"{Section}: StaleGraceDays must be 0 or more and LookbackDays 1 or more.");
        }

        return settings;
    }
}
