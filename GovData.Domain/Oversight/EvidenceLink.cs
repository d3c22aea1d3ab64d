using System.Globalization;

namespace GovData.Domain.Oversight;

/// <summary>One piece of evidence: what it points at and its id. Written "CatalogEntry:12", one per line in an order.</summary>
public sealed record EvidenceLink(EvidenceKind Kind, long ReferenceId)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind}:{ReferenceId}");

    /// <summary>Parses "Kind:id"; null when the text is not a link.</summary>
    public static EvidenceLink? Parse(string? text)
    {
        var parts = (text ?? string.Empty).Trim().Split(':');
        return parts.Length == 2
            && Enum.TryParse<EvidenceKind>(parts[0], ignoreCase: false, out var kind)
            && Enum.IsDefined(kind)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && id > 0
                ? new EvidenceLink(kind, id)
                : null;
    }

    /// <summary>Links one per line (unknown lines dropped, duplicates once).</summary>
    public static IReadOnlyList<EvidenceLink> ParseAll(string? text) =>
        [.. (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Parse).OfType<EvidenceLink>().Distinct()];

    public static string Format(IEnumerable<EvidenceLink> links) => string.Join('\n', links.Distinct());
}
