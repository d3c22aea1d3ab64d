namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// OWASP CSV/formula injection: a text that starts with =, +, -, @, tab, CR or LF is written with a leading
/// apostrophe so no spreadsheet (or a CSV saved from it) takes it for a formula. The reader drops that apostrophe
/// again, so an export re-imports to the same values.
/// </summary>
public static class FormulaNeutraliser
{
    public const char Prefix = '\'';

    public static bool IsDangerous(string text) =>
        text.Length > 0 && IsDangerous(text[0]);

    /// <summary>Whether a text starting with <paramref name="first"/> would be taken for a formula.</summary>
    public static bool IsDangerous(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    public static string Neutralise(string text) => IsDangerous(text) ? Prefix + text : text;

    /// <summary>Undoes <see cref="Neutralise"/>: only an apostrophe followed by a dangerous character is dropped.</summary>
    public static string Restore(string text) =>
        text.Length > 1 && text[0] == Prefix && IsDangerous(text[1..]) ? text[1..] : text;
}
