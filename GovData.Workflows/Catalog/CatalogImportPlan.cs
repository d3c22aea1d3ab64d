using System.Globalization;
using GovData.Domain.Catalog;
using GovData.Domain.Resources;
using GovData.Workflows.Catalog.Excel;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>One entry of the file with what the import will do to it (and the entities it will touch).</summary>
internal sealed record PlannedEntry(CatalogImportEntry Entry, CatalogEntryContent Content, DataResource? Existing, CatalogDraft? Draft, int DepartmentId);

/// <summary>
/// The preview of <see cref="ImportCatalog"/>: maps the rows that parsed onto <see cref="CatalogEntryContent"/>, runs the
/// rules and the department checks, compares each entry with what is stored. Three queries whatever the file's size:
/// the city's codes, the department's entries (with items) when the file names any, and their open drafts.
/// </summary>
internal sealed class CatalogImportPlan
{
    private CatalogImportPlan(List<PlannedEntry> planned, List<CatalogWorkbookError> errors)
    {
        Planned = planned;
        Errors = errors;
        Entries = [.. planned.Select(p => p.Entry)];
        Counts = new ImportCounts(
            planned.Count(p => p.Entry.Status == ImportEntryStatus.Create),
            planned.Count(p => p.Entry.Status == ImportEntryStatus.Update),
            planned.Count(p => p.Entry.Status == ImportEntryStatus.Unchanged),
            errors.Count);
    }

    public IReadOnlyList<PlannedEntry> Planned { get; }

    public IReadOnlyList<CatalogImportEntry> Entries { get; }

    public IReadOnlyList<CatalogWorkbookError> Errors { get; }

    public ImportCounts Counts { get; }

    /// <param name="tracked">Load the department's entries and drafts tracked (for a commit) or not (for a preview).</param>
    public static async Task<CatalogImportPlan> BuildAsync(
        GovDataDbContext db, int departmentId, CatalogWorkbookReadResult read, bool tracked, CancellationToken cancellationToken)
    {
        var errors = new List<CatalogWorkbookError>(read.Errors);
        var planned = new List<PlannedEntry>(read.Resources.Count);
        if (read.Resources.Count == 0)
        {
            return new CatalogImportPlan(planned, errors);
        }

        var ownCode = await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Code).SingleAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var holders = new Dictionary<string, int>(StringComparer.Ordinal);
        var published = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in await db.DataResources.AsNoTracking().Select(r => new { r.Code, r.ProviderDepartmentId, r.Status }).ToListAsync(cancellationToken))
        {
            holders[row.Code.Value] = row.ProviderDepartmentId;
            if (row.Status == CatalogStatus.Published)
            {
                published.Add(row.Code.Value);
            }
        }

        var fileCodes = read.Resources.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var ownMatched = read.Resources.Any(r => holders.TryGetValue(r.Code, out var holder) && holder == departmentId);
        var existing = new Dictionary<string, DataResource>(StringComparer.Ordinal);
        var drafts = new Dictionary<int, CatalogDraft>();
        if (ownMatched)
        {
            var resources = db.DataResources.Include(r => r.Items).AsSplitQuery().Where(r => r.ProviderDepartmentId == departmentId);
            var openDrafts = db.CatalogDrafts.Where(d => d.OpenForResourceId != null
                && db.DataResources.Any(r => r.Id == d.DataResourceId && r.ProviderDepartmentId == departmentId));
            if (!tracked)
            {
                resources = resources.AsNoTracking();
                openDrafts = openDrafts.AsNoTracking();
            }

            foreach (var resource in await resources.ToListAsync(cancellationToken))
            {
                if (fileCodes.Contains(resource.Code.Value))
                {
                    existing[resource.Code.Value] = resource;
                }
            }

            drafts = await openDrafts.ToDictionaryAsync(d => d.DataResourceId, cancellationToken);
        }

        var itemsByCode = read.Items.GroupBy(i => i.ResourceCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var ruleContext = new CatalogRuleContext(OwnDepartmentCode: ownCode);
        foreach (var row in read.Resources)
        {
            var items = itemsByCode.GetValueOrDefault(row.Code) ?? [];
            var content = Map(row, items);
            var before = errors.Count;
            foreach (var violation in CatalogRules.Validate(content, ruleContext))
            {
                errors.Add(At(read, row, items, violation));
            }

            var resource = existing.GetValueOrDefault(row.Code);
            var draft = resource is null ? null : drafts.GetValueOrDefault(resource.Id);
            var codeCell = read.PositionOf(row, nameof(ResourceRow.Code));
            var status = ImportEntryStatus.Create;
            if (holders.TryGetValue(row.Code, out var holder) && holder != departmentId)
            {
                // Who holds a published code is public (decision 0006); another department's draft or retired entry
                // must not show through: the row gets what an unused code of the same shape gets (the rules' errors:
                // a code of another department's provider segment is refused by them), and only when the rules found
                // nothing a neutral refusal that names no one.
                if (published.Contains(row.Code))
                {
                    errors.Add(Error(codeCell, ImportCatalog.CodeOfOtherDepartment, row.Code, departments.GetValueOrDefault(holder, string.Empty)));
                }
                else if (errors.Count == before)
                {
                    errors.Add(Error(codeCell, ImportCatalog.CodeUnavailable, row.Code));
                }
            }
            else if (resource is not null)
            {
                status = Compare(content, resource, draft);
                if (status != ImportEntryStatus.Unchanged && resource.Status == CatalogStatus.Retired)
                {
                    errors.Add(Error(codeCell, CatalogErrors.AlreadyRetired, row.Code));
                }
                else if (status != ImportEntryStatus.Unchanged && draft is { IsEditable: false })
                {
                    errors.Add(Error(codeCell, CatalogErrors.DraftInReview, row.Code));
                }
            }

            if (errors.Count > before)
            {
                status = ImportEntryStatus.Error;
            }

            planned.Add(new PlannedEntry(new CatalogImportEntry(row.Code, row.Name, row.Row, status, resource?.Id), content, resource, draft, departmentId));
        }

        return new CatalogImportPlan(planned, [.. errors.OrderBy(e => e.Sheet is null ? 0 : e.Sheet == CatalogSheets.Resources ? 1 : 2).ThenBy(e => e.Row ?? 0)]);
    }

    /// <summary>Unchanged when the file says what the open draft says, or (no draft) what the live entry says.</summary>
    private static ImportEntryStatus Compare(CatalogEntryContent content, DataResource resource, CatalogDraft? draft)
    {
        var stored = draft?.Content() ?? resource.ToContent();
        // An empty release date keeps the one the entry has (publishing fills it the same way).
        var incoming = content.ReleaseDate is null ? content with { ReleaseDate = stored.ReleaseDate } : content;
        return Canonical(incoming) == Canonical(stored) ? ImportEntryStatus.Unchanged : ImportEntryStatus.Update;
    }

    /// <summary>
    /// The content as stored: trimmed texts, empty as null, no share method when not shared, numbers by value (another
    /// spreadsheet program writes 4200 for our 4200.0: the same value, not a change).
    /// </summary>
    private static string Canonical(CatalogEntryContent c) => CatalogContentJson.Write(c with
    {
        DataVolumeMB = c.DataVolumeMB is { } volume ? volume / 1.000000000000000000000000000000000m : null,
        Code = c.Code.Trim(),
        Name = c.Name.Trim(),
        ProviderCode = c.ProviderCode.Trim(),
        InternalUnit = Clean(c.InternalUnit),
        SourceSystem = Clean(c.SourceSystem),
        Summary = c.Summary.Trim(),
        ShareCondition = Clean(c.ShareCondition),
        ShareMethod = c.ShareType == ShareType.NotShared ? null : c.ShareMethod,
        OpenCondition = Clean(c.OpenCondition),
        LegalBasis = Clean(c.LegalBasis),
        RelatedCodes = [.. c.RelatedCodes.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal)],
        Items = [.. c.Items.Select(i => i with
        {
            Name = i.Name.Trim(),
            EnglishName = i.EnglishName.Trim(),
            Description = Clean(i.Description),
            ShareCondition = Clean(i.ShareCondition),
            OpenCondition = Clean(i.OpenCondition),
            LegalBasis = Clean(i.LegalBasis),
        })],
    });

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static CatalogWorkbookError At(CatalogWorkbookReadResult read, ResourceRow row, List<ItemRow> items, CatalogViolation violation)
    {
        var cell = violation.ItemIndex is { } index && index < items.Count
            ? read.PositionOf(items[index], violation.Field)
            : read.PositionOf(row, violation.Field);
        if (cell.Column.Length == 0)
        {
            // A rule about the entry as a whole (e.g. "at least one item"): point at its code.
            cell = read.PositionOf(row, nameof(ResourceRow.Code));
        }

        return new CatalogWorkbookError(
            violation.ErrorKey, [.. violation.Arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty)], cell.Sheet, cell.Row, cell.Column);
    }

    private static CatalogWorkbookError Error(CellPosition cell, string key, params string[] arguments) => new(key, arguments, cell.Sheet, cell.Row, cell.Column);

    internal static CatalogEntryContent Map(ResourceRow row, List<ItemRow> items) => new()
    {
        Code = row.Code,
        Name = row.Name,
        CatalogClass = row.CatalogClass,
        ClassCode = row.ClassCode,
        Theme = row.Theme,
        BaseResourceKind = row.BaseResourceKind,
        PriorityDomain = row.PriorityDomain,
        ProviderCode = row.ProviderCode,
        InternalUnit = row.InternalUnit,
        SourceSystem = row.SourceSystem,
        Summary = row.Summary,
        Format = row.Format,
        RecordCount = row.RecordCount,
        DataVolumeMB = row.DataVolumeMB,
        ShareType = row.ShareType,
        ShareCondition = row.ShareCondition,
        ShareMethod = row.ShareMethod,
        OpenType = row.OpenType,
        OpenCondition = row.OpenCondition,
        LegalBasis = row.LegalBasis,
        UpdateCycle = row.UpdateCycle,
        LastDataUpdate = row.LastDataUpdate,
        ReleaseDate = row.ReleaseDate,
        RelatedCodes = row.RelatedCodes,
        Items = [.. items.Select(i => new CatalogItemContent
        {
            Name = i.Name,
            EnglishName = i.EnglishName,
            DataType = i.DataType,
            Length = i.Length,
            Description = i.Description,
            IsBaseItem = i.IsBaseItem,
            ShareType = i.ShareType,
            ShareCondition = i.ShareCondition,
            OpenType = i.OpenType,
            OpenCondition = i.OpenCondition,
            LegalBasis = i.LegalBasis,
        })],
    };
}
