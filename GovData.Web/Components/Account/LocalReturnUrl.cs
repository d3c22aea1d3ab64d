namespace GovData.Web.Components.Account;

/// <summary>
/// A return address taken from a request (ReturnUrl on sign-in, registration, sign-out) as a path relative to the
/// app's base, or the empty string (the home page) for anything that is not plainly a page of this app: another host,
/// a protocol-relative or backslashed address, a script or data scheme, control characters. Never throws, so an odd
/// value cannot turn a sign-in into an error and lose its cookie.
/// </summary>
public static class LocalReturnUrl
{
    private const int MaxLength = 2048;

    /// <param name="value">What the request carried (absolute addresses of this app are accepted, as the sign-in
    /// redirect sends them).</param>
    /// <param name="baseUri">The app's absolute base address, ending with '/'.</param>
    public static string ToBaseRelative(string? value, string baseUri)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength || value.Any(c => char.IsControl(c) || c == '\\'))
        {
            return string.Empty;
        }

        value = value.Trim();
        if (value.StartsWith(baseUri, StringComparison.OrdinalIgnoreCase))
        {
            value = value[baseUri.Length..];
        }
        else if (value.StartsWith("//", StringComparison.Ordinal))
        {
            return string.Empty;
        }
        else if (value.StartsWith('/'))
        {
            value = value[1..];
        }

        // What is left must be a relative reference with no scheme of its own ("javascript:..." has one; a colon after
        // the first slash, question mark or hash is part of a path or query and harmless).
        var firstSeparator = value.IndexOfAny(['/', '?', '#']);
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && (firstSeparator < 0 || colon < firstSeparator))
        {
            return string.Empty;
        }

        if (value.StartsWith('/') || !Uri.TryCreate(value, UriKind.Relative, out _))
        {
            return string.Empty;
        }

        return value;
    }
}
