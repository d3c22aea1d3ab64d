using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Portal;

/// <summary>One data item as the public sees it: whether it is open, and the basis when it is not (Art. 27).</summary>
public sealed record OpenEntryItem(int Id, string Name, string EnglishName, DataItemType DataType, string? Description, OpenType OpenType, string? Basis)
{
    /// <summary>Served in downloads of the entry (the entry and the item are 无条件开放).</summary>
    public bool IsServed { get; init; }
}

public sealed record OpenEntryDetail(OpenEntrySummary Entry, IReadOnlyList<OpenEntryItem> Items);

/// <summary>A published entry with its active items for the portal; null for anything else (drafts never leak).</summary>
public sealed class GetOpenEntry(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<OpenEntryDetail?> ExecuteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var published = OpenCatalogQuery.Published(db).AsNoTracking().Where(r => r.Id == id);
        var summary = await OpenCatalogQuery.Summaries(db, published).SingleOrDefaultAsync(cancellationToken);
        if (summary is null)
        {
            return null;
        }

        var items = await db.DataResources.AsNoTracking().Where(r => r.Id == id).SelectMany(r => r.Items)
            .Where(i => !i.IsRetired).OrderBy(i => i.Position)
            .Select(i => new { i.Id, i.Name, i.EnglishName, i.DataType, i.Description, i.OpenType, i.OpenCondition, i.LegalBasis })
            .ToListAsync(cancellationToken);
        return new OpenEntryDetail(
            summary,
            [.. items.Select(i => new OpenEntryItem(
                i.Id, i.Name, i.EnglishName, i.DataType, i.Description, i.OpenType,
                i.OpenType == OpenType.Unconditional ? null : i.LegalBasis ?? i.OpenCondition)
            {
                IsServed = summary.OpenType == OpenType.Unconditional && i.OpenType == OpenType.Unconditional,
            })]);
    }

    /// <summary>The items a public download serves: active, 无条件开放, of a published 无条件开放 entry; empty otherwise.</summary>
    public async Task<IReadOnlyList<int>> ServedItemIdsAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await OpenCatalogQuery.Published(db).AsNoTracking()
            .Where(r => r.Id == id && r.OpenType == OpenType.Unconditional)
            .SelectMany(r => r.Items)
            .Where(i => !i.IsRetired && i.OpenType == OpenType.Unconditional)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
    }
}
