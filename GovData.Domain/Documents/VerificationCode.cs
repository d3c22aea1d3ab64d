using System.Security.Cryptography;

namespace GovData.Domain.Documents;

/// <summary>
/// The code printed on an issued document: 20 characters from a 31-symbol alphabet without look-alikes
/// (no 0/O, 1/I/L), about 99 random bits from the system's cryptographic generator, URL-safe, grouped 5-5-5-5 for reading aloud. Parsing ignores case, spaces and
/// dashes, so "abcde-fghjk…" typed from paper finds the same document.
/// </summary>
public static class VerificationCode
{
    public const int Length = 20;
    public const int MaxFormattedLength = Length + 3;

    private const string Symbols = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Symbols[RandomNumberGenerator.GetInt32(Symbols.Length)];
        }

        return Format(new string(chars));
    }

    /// <summary>The canonical (grouped, upper-case) form of a typed code, or null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 64)
        {
            return null;
        }

        var chars = typed.Where(c => c is not '-' and not ' ').Select(char.ToUpperInvariant).ToArray();
        return chars.Length == Length && chars.All(c => Symbols.Contains(c, StringComparison.Ordinal))
            ? Format(new string(chars))
            : null;
    }

    private static string Format(string code) => string.Join('-', code.Chunk(5).Select(c => new string(c)));
}
