using GovData.Domain.OpenData;
using GovData.Domain.Resources;
using GovData.Workflows.Persistence;

namespace GovData.Workflows.OpenData.Portal;

/// <summary>
/// The one base query of everything public (portal, DCAT, CKAN): published entries only, whatever the caller asks —
/// so no harvester can reach a draft, a retired entry or a department-only field.
/// </summary>
internal static class OpenCatalogQuery
{
    public static IQueryable<DataResource> Published(GovDataDbContext db) =>
        db.DataResources.Where(r => r.Status == CatalogStatus.Published);

    /// <summary>
    /// <see cref="Published"/> for keyset paging in id order (DCAT): the same rows, with the status test written so
    /// that no (Status, …) index is preferred to the primary key — a page is then a range scan of the key that stops
    /// after the page, instead of every published entry past the cursor being sorted for each page (SQLite without
    /// statistics takes an equality on an indexed column for selective).
    /// </summary>
    public static IQueryable<DataResource> PublishedByKey(GovDataDbContext db) =>
        db.DataResources.Where(r => (int)r.Status + 0 == (int)CatalogStatus.Published);

    /// <summary>Entries whose name, summary or code contains <paramref name="text"/> (codes are upper case).</summary>
    public static IQueryable<DataResource> Matching(IQueryable<DataResource> entries, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return entries;
        }

        var trimmed = text.Trim();
        var code = trimmed.ToUpperInvariant();
        return entries.Where(r => r.Name.Contains(trimmed) || (r.Summary != null && r.Summary.Contains(trimmed)) || ((string)(object)r.Code).Contains(code));
    }

    public static IQueryable<OpenEntrySummary> Summaries(GovDataDbContext db, IQueryable<DataResource> entries) =>
        entries.Select(r => new OpenEntrySummary(
            r.Id,
            r.Code.Value,
            r.Name,
            r.Summary,
            r.ProviderDepartmentId,
            db.Departments.Where(d => d.Id == r.ProviderDepartmentId).Select(d => d.Code).First(),
            db.Departments.Where(d => d.Id == r.ProviderDepartmentId).Select(d => d.Name).First(),
            r.OpenType,
            r.Theme,
            r.PriorityDomain,
            r.CatalogClass,
            r.UpdateCycle,
            r.LastDataUpdate,
            r.ReleaseDate,
            r.OpenType == OpenType.Unconditional ? null : r.LegalBasis,
            r.OpenCondition,
            r.CurrentVersion,
            db.DatasetReleases.Where(d => d.DataResourceId == r.Id).OrderByDescending(d => d.Number).Select(d => (long?)d.RowCount).FirstOrDefault(),
            db.DatasetReleases.Where(d => d.DataResourceId == r.Id).OrderByDescending(d => d.Number).Select(d => (DateTime?)d.UploadedAtUtc).FirstOrDefault()));
}
