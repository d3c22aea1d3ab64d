using System.Text.RegularExpressions;

namespace GovData.Domain.Departments;

/// <summary>
/// A department's code: it goes into resource codes and integrations, so it is short, upper-case ASCII letters and
/// digits (2–20, starting with a letter) and unique city-wide (uniqueness is the database's, this is the shape).
/// </summary>
public static partial class DepartmentCode
{
    public const string Rule = "2–20 upper-case letters A–Z or digits, starting with a letter";

    public static bool IsValid(string? code) => code is not null && Shape().IsMatch(code);

    /// <summary>What a user typed, trimmed and upper-cased, ready for <see cref="IsValid"/>.</summary>
    public static string Normalize(string? code) => (code ?? string.Empty).Trim().ToUpperInvariant();

    [GeneratedRegex("^[A-Z][A-Z0-9]{1,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
