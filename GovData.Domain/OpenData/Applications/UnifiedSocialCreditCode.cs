namespace GovData.Domain.OpenData.Applications;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from "0123456789ABCDEFGHJKLMNPQRTUWXY" (no I, O, S, V, Z); the
/// last is a check character: 31 − (Σ value × weight mod 31), weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28.
/// </summary>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The code in canonical form (upper case), or null when it is not a valid one.</summary>
    public static string? Normalize(string? typed)
    {
        var value = typed?.Trim().ToUpperInvariant();
        if (value is null || value.Length != 18 || !value.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        return value[17] == CheckCharacterOf(value[..17]) ? value : null;
    }

    /// <summary>The check character of the first 17 characters (used to build valid codes in tests and demo data).</summary>
    public static char CheckCharacterOf(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - sum % 31) % 31];
    }
}
