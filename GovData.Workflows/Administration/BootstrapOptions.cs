namespace GovData.Workflows.Administration;

/// <summary>
/// The <c>Bootstrap</c> section: who the first SystemAdmin is and what the municipal data bureau is called, for a
/// city that starts on an empty database (no demo seed). Read only while no SystemAdmin exists.
/// </summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public string? BureauCode { get; set; }

    public string? BureauName { get; set; }

    /// <summary>The full keys of the settings that are empty, in the order the README lists them.</summary>
    public IReadOnlyList<string> MissingSettings()
    {
        (string Key, string? Value)[] settings =
        [
            (nameof(AdminEmail), AdminEmail),
            (nameof(AdminPassword), AdminPassword),
            (nameof(BureauCode), BureauCode),
            (nameof(BureauName), BureauName),
        ];
        return [.. settings.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => $"{SectionName}:{s.Key}")];
    }
}
