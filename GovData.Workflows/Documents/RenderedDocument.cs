using System.Security.Cryptography;

namespace GovData.Workflows.Documents;

/// <summary>The bytes of a rendered PDF and their SHA-256 (lower-case hex), which the verification page compares.</summary>
public sealed record RenderedDocument(byte[] Content, string Sha256)
{
    public static RenderedDocument Of(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new RenderedDocument(content, DocumentHash.Of(content));
    }
}

/// <summary>SHA-256 of a document as 64 lower-case hex digits, and the tolerant reading of one a person pastes.</summary>
public static class DocumentHash
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static async Task<string> OfAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
    }

    /// <summary>A pasted hash: spaces, colons and dashes dropped, case ignored; null unless 64 hex digits remain.</summary>
    public static string? Normalize(string? pasted)
    {
        if (string.IsNullOrWhiteSpace(pasted))
        {
            return null;
        }

        var digits = new string([.. pasted.Where(c => !char.IsWhiteSpace(c) && c is not ':' and not '-')]).ToLowerInvariant();
        return digits.Length == 64 && digits.All(char.IsAsciiHexDigit) ? digits : null;
    }
}
