using System.Globalization;

namespace GovData.Workflows.Oversight.Criticisms;

/// <summary>Where the bureau edits a criticism, and the public page that lists the published ones.</summary>
public static class CriticismLinks
{
    public const string Public = "/portal/criticisms";

    public const string Bureau = "/oversight/criticisms";

    public static string Edit(int id) => string.Create(CultureInfo.InvariantCulture, $"/oversight/criticisms/{id}");
}
