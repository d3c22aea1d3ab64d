namespace GovData.Workflows.Documents;

/// <summary>
/// What a generated document says, already in its language: a title, numbered header fields (reply number, applicant,
/// …), sections, and a footer. The renderer lays it out; it adds no text of its own, so every word of an official
/// document comes from the feature's resource texts.
/// </summary>
public sealed record DocumentModel(
    string Title,
    IReadOnlyList<DocumentField> HeaderFields,
    IReadOnlyList<DocumentSection> Sections,
    DocumentFooter Footer);

/// <summary>One "label: value" line.</summary>
public sealed record DocumentField(string Label, string Value);

/// <summary>A numbered section: its fields, then its paragraphs, then its table (each optional).</summary>
public sealed record DocumentSection(
    string Heading,
    IReadOnlyList<DocumentField> Fields,
    IReadOnlyList<string> Paragraphs,
    DocumentTable? Table = null)
{
    public static DocumentSection OfFields(string heading, params DocumentField[] fields) => new(heading, fields, []);

    public static DocumentSection OfParagraphs(string heading, params string[] paragraphs) => new(heading, [], paragraphs);

    public static DocumentSection OfTable(string heading, DocumentTable table) => new(heading, [], [], table);
}

/// <summary>Rows of per-item facts (e.g. one row per data item: name, decision, reason, basis). Column widths are
/// relative weights; a cell wraps inside its column.</summary>
public sealed record DocumentTable(IReadOnlyList<DocumentColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public DocumentTable Validated()
    {
        if (Columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.");
        }

        if (Rows.Any(r => r.Count != Columns.Count))
        {
            throw new ArgumentException("Every row of a table has one cell per column.");
        }

        return this;
    }
}

public sealed record DocumentColumn(string Header, double Weight = 1);

/// <summary>The issuing department, the date and how to check the document (code and where to enter it).</summary>
public sealed record DocumentFooter(
    DocumentField Department,
    DocumentField Date,
    DocumentField VerificationCode,
    string? VerificationHint = null);
