using System.Globalization;
using GovData.Workflows.Deadlines;
using Microsoft.Extensions.Configuration;

namespace GovData.Workflows.Administration.Settings;

/// <summary>
/// The settings changed on the settings page, as the topmost configuration source (decision 0029): the modules keep
/// reading <c>IConfiguration</c> (<c>Workflows:{Process}:*</c>, <c>Oversight:Proposals:*</c>) and see the stored value
/// over appsettings.json. <see cref="Replace"/> swaps the whole set and fires the configuration's reload token, so a
/// change applies at once, without a restart. An escalation ladder is stored as one value (<see cref="LadderText"/>)
/// and served as the usual <c>Escalation:Steps</c> array plus <c>Escalation:StepCount</c>, which cuts the longer
/// ladder appsettings.json may have at the same indexes.
/// </summary>
public sealed class StoredSettingsConfiguration : ConfigurationProvider, IConfigurationSource
{
    public const string LadderSuffix = ":Escalation";

    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    /// <summary>Serves <paramref name="stored"/> (key → value as stored) from now on.</summary>
    public void Replace(IEnumerable<KeyValuePair<string, string>> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in stored)
        {
            if (key.EndsWith(LadderSuffix, StringComparison.Ordinal) && ParseLadder(value) is { } steps)
            {
                for (var i = 0; i < steps.Count; i++)
                {
                    data[$"{key}:Steps:{i}:Recipient"] = steps[i].Recipient.ToString();
                    data[$"{key}:Steps:{i}:AfterWorkingDays"] = steps[i].AfterWorkingDays.ToString(CultureInfo.InvariantCulture);
                }

                data[$"{key}:{EscalationSettings.StepCountKey}"] = steps.Count.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                data[key] = value;
            }
        }

        Data = data;
        OnReload();
    }

    /// <summary>A ladder as stored: <c>ProviderApprovers:1;BureauOfficers:5</c>.</summary>
    public static string LadderText(IEnumerable<EscalationStep> steps) =>
        string.Join(';', steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Recipient}:{s.AfterWorkingDays}")));

    /// <summary>The ladder of <see cref="LadderText"/>; null when the text is not one.</summary>
    public static IReadOnlyList<EscalationStep>? ParseLadder(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var steps = new List<EscalationStep>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split(':');
            if (pair.Length != 2 || !Enum.TryParse<EscalationRecipient>(pair[0], out var recipient) || !Enum.IsDefined(recipient)
                || !int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            {
                return null;
            }

            steps.Add(new EscalationStep { Recipient = recipient, AfterWorkingDays = days });
        }

        return steps.Count == 0 ? null : steps;
    }
}
