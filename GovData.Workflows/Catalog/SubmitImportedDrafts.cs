using GovData.Domain.Identity;

namespace GovData.Workflows.Catalog;

/// <summary>One entry of "submit after import": its id, code and what <see cref="SubmitCatalogDraft"/> said.</summary>
public sealed record SubmittedDraft(int ResourceId, string Code, CatalogResult Result);

/// <summary>
/// "提交审核 (n)" after an import: submits the open draft of every entry the import created or updated, one by one
/// through <see cref="SubmitCatalogDraft"/> (its rules, its review workflow), and reports each entry's outcome.
/// </summary>
public sealed class SubmitImportedDrafts(SubmitCatalogDraft submit)
{
    public async Task<IReadOnlyList<SubmittedDraft>> ExecuteAsync(
        UserContext user, IReadOnlyList<CatalogImportEntry> imported, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(imported);
        var results = new List<SubmittedDraft>();
        foreach (var entry in imported)
        {
            if (entry.ResourceId is { } id && entry.Status is ImportEntryStatus.Create or ImportEntryStatus.Update)
            {
                results.Add(new SubmittedDraft(id, entry.Code, await submit.ExecuteAsync(user, id, cancellationToken)));
            }
        }

        return results;
    }
}
