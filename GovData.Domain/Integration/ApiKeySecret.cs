using System.Security.Cryptography;
using System.Text;

namespace GovData.Domain.Integration;

/// <summary>
/// The plaintext of a department API key: <c>gdk_</c> + a public prefix (12 hex characters, unique, for display and
/// look-up) + <c>_</c> + 32 random bytes in base64url. Its stored form is SHA-256 of the whole text: the secret has
/// 256 bits of entropy, so no KDF or pepper is needed against guessing from a stolen hash
/// (docs/decisions/0011-department-api-keys.md).
/// </summary>
public sealed class ApiKeySecret
{
    public const string Scheme = "gdk_";
    public const int PrefixLength = 12;
    public const int SecretBytes = 32;

    // base64url of 32 bytes without padding.
    private const int SecretLength = 43;
    private const int KeyLength = 4 + PrefixLength + 1 + SecretLength;

    private ApiKeySecret(string prefix, string value)
    {
        Prefix = prefix;
        Value = value;
    }

    public string Prefix { get; }

    /// <summary>The full key text (never stored, never logged).</summary>
    public string Value { get; }

    public static ApiKeySecret Generate()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixLength / 2));
        var secret = Base64UrlEncode(RandomNumberGenerator.GetBytes(SecretBytes));
        return new ApiKeySecret(prefix, Scheme + prefix + "_" + secret);
    }

    /// <summary>Reads a presented key; false for anything not shaped like a key (nothing is looked up then).</summary>
    public static bool TryParse(string? text, out ApiKeySecret key)
    {
        key = null!;
        var value = text?.Trim();
        if (value is null || value.Length != KeyLength || !value.StartsWith(Scheme, StringComparison.Ordinal)
            || value[Scheme.Length + PrefixLength] != '_')
        {
            return false;
        }

        var prefix = value.Substring(Scheme.Length, PrefixLength);
        if (!prefix.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        key = new ApiKeySecret(prefix, value);
        return true;
    }

    public byte[] Hash() => SHA256.HashData(Encoding.UTF8.GetBytes(Value));

    /// <summary>Constant-time comparison with a stored hash.</summary>
    public bool Matches(byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(), storedHash);

    /// <summary>Never the secret: printing a key object must not leak it.</summary>
    public override string ToString() => Scheme + Prefix + "_…";

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
