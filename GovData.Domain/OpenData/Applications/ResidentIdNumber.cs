using System.Globalization;

namespace GovData.Domain.OpenData.Applications;

/// <summary>
/// 公民身份号码 (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit sequence, and a check character computed
/// with ISO 7064 MOD 11-2 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; "10X98765432"). A typo in any one digit, or two
/// swapped neighbours, breaks the check.
/// </summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>The number in canonical form (upper-case X), or null when it is not a valid one.</summary>
    public static string? Normalize(string? typed)
    {
        var value = typed?.Trim().ToUpperInvariant();
        if (value is null || value.Length != 18 || !value[..17].All(char.IsAsciiDigit))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (value[i] - '0') * Weights[i];
        }

        return value[17] == CheckCharacters[sum % 11] ? value : null;
    }

    /// <summary>The number with all but the first and last four characters hidden, for lists and e-mails.</summary>
    public static string Mask(string number) =>
        number.Length <= 8 ? number : number[..4] + new string('*', number.Length - 8) + number[^4..];
}
