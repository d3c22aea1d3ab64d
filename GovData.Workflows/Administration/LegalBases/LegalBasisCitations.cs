using GovData.Domain.Sharing;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration.LegalBases;

/// <summary>
/// How many decisions cite each entry of the register: share-request refusals (Art. 20) and open-data application
/// refusals (Art. 26). A cited entry is kept as it was, so those decisions keep reading the citation they were made with.
/// </summary>
internal static class LegalBasisCitations
{
    public static async Task<Dictionary<int, int>> CountAsync(GovDataDbContext db, CancellationToken cancellationToken)
    {
        var counts = await db.ShareRequests.AsNoTracking().Where(r => r.RefusalLegalBasisId != null)
            .GroupBy(r => r.RefusalLegalBasisId!.Value).Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
        var applications = await db.OpenDataApplications.AsNoTracking().Where(a => a.RefusalLegalBasisIds != null)
            .Select(a => a.RefusalLegalBasisIds!).ToListAsync(cancellationToken);
        foreach (var id in applications.SelectMany(ItemIds.Parse))
        {
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        return counts;
    }

    public static async Task<bool> IsCitedAsync(GovDataDbContext db, int id, CancellationToken cancellationToken)
    {
        if (await db.ShareRequests.AnyAsync(r => r.RefusalLegalBasisId == id, cancellationToken))
        {
            return true;
        }

        // The ids are stored as an ordered comma list (ItemIds.Format): narrow in SQL to lists that can hold the id,
        // then parse only those, so "1" does not match "11" and nothing else is read.
        var text = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (first, last, middle) = (text + ",", "," + text, "," + text + ",");
        var candidates = await db.OpenDataApplications.AsNoTracking()
            .Where(a => a.RefusalLegalBasisIds != null && (a.RefusalLegalBasisIds == text
                || a.RefusalLegalBasisIds.StartsWith(first) || a.RefusalLegalBasisIds.EndsWith(last)
                || a.RefusalLegalBasisIds.Contains(middle)))
            .Select(a => a.RefusalLegalBasisIds!).ToListAsync(cancellationToken);
        return candidates.Any(ids => ItemIds.Parse(ids).Contains(id));
    }
}
